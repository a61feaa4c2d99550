using System.Security.Claims;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;
using MicroFuture.BotFramework.Turns;
using Microsoft.Extensions.Logging;

namespace MicroFuture.BotFramework.Hosting;

/// <summary>
/// Runs one turn: loads state, runs the middleware and the bot, saves state once. A failure in the bot is
/// logged and answered with an apology; it never escapes to the host.
/// </summary>
public sealed class TurnRunner(IStorage storage, IEnumerable<ITurnMiddleware> middleware, IBot bot, ILogger<TurnRunner> logger)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();

    /// <summary>Runs the turn; returns its context (for the invoke response), or null when the turn failed.</summary>
    public async Task<TurnContext?> RunAsync(Activity activity, ClaimsIdentity identity, IActivitySender sender, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation?.Id,
        });
        try
        {
            var state = await TurnState.LoadAsync(storage, activity, cancellationToken).ConfigureAwait(false);
            var turn = new TurnContext(activity, identity, sender, state);
            await RunPipelineAsync(turn, 0, cancellationToken).ConfigureAwait(false);
            await state.SaveAsync(storage, cancellationToken).ConfigureAwait(false);
            return turn;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            TurnRunnerLog.TurnFailed(logger, activity.Type, exception);
            await TryApologiseAsync(activity, sender, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    private Task RunPipelineAsync(TurnContext turn, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, ct => RunPipelineAsync(turn, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);

    private async Task TryApologiseAsync(Activity activity, IActivitySender sender, CancellationToken cancellationToken)
    {
        if (!activity.IsType(ActivityTypes.Message) || activity.ServiceUrl is null || activity.Conversation?.Id is null)
        {
            return;
        }
        try
        {
            // Sent past the failed turn: the reply already carries the inbound addressing and no id.
            var apology = activity.CreateReply("Sorry, something went wrong on my side while answering that. Please try again in a moment.");
            await sender.SendAsync(apology, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            TurnRunnerLog.ApologyFailed(logger, exception);
        }
    }
}

internal static partial class TurnRunnerLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Turn for a {ActivityType} activity failed")]
    public static partial void TurnFailed(ILogger logger, string? activityType, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Could not tell the user that the turn failed")]
    public static partial void ApologyFailed(ILogger logger, Exception exception);
}
