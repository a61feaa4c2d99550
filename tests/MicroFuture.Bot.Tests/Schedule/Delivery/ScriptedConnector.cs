using System.Collections.Concurrent;
using System.Net;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>
/// An <see cref="IConnectorClient"/> whose sends answer as scripted (an error status, or success after a gate),
/// recording each send. For ledger tests that need the Connector's outcome without HTTP.
/// </summary>
internal sealed class ScriptedConnector : IConnectorClient
{
    private readonly ConcurrentQueue<Func<Task>> _script = new();
    private int _ids;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    /// <summary>Completed when a send has started (before its scripted outcome).</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Fail(HttpStatusCode status, TimeSpan? retryAfter = null, string code = "Error") =>
        _script.Enqueue(() => throw new ConnectorException(status, code, $"scripted {(int)status}", retryAfter));

    /// <summary>The next send waits for <paramref name="gate"/> before succeeding.</summary>
    public void Hold(Task gate) => _script.Enqueue(() => gate);

    public async Task<ResourceResponse?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Entered.TrySetResult();
        if (_script.TryDequeue(out var step))
        {
            await step();
        }
        Sent.Enqueue(activity);
        return new ResourceResponse { Id = $"activity-{Interlocked.Increment(ref _ids)}" };
    }

    public Task<ResourceResponse?> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) => SendToConversationAsync(activity, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ConversationResourceResponse?> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
