using MicroFuture.BotFramework.Connector;

namespace MicroFuture.Bot.Proactive;

/// <summary>
/// At start, trusts again the service URLs of conversations saved from authenticated activities, so reminders
/// can reach them before those conversations talk to the bot again. Rows saved in local mode are not trusted.
/// </summary>
public sealed partial class ServiceUrlTrustRestorer(ConversationReferenceStore store, ServiceUrlTrust trust, ILogger<ServiceUrlTrustRestorer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var url in await store.AuthenticatedServiceUrlsAsync(cancellationToken).ConfigureAwait(false))
            {
                trust.Trust(url);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RestoreFailed(logger, exception);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 301, Level = LogLevel.Warning, Message = "Could not restore trusted service URLs from stored conversations")]
    private static partial void RestoreFailed(ILogger logger, Exception exception);
}
