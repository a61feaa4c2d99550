using System.Text.Json;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Hosting;

/// <summary>
/// An Adaptive Card Action.Submit arrives as a message with a <c>value</c> and no text; when the value
/// carries a <c>command</c>, it is treated as if the user had typed that command.
/// </summary>
public sealed class CardSubmitMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message)
            && string.IsNullOrWhiteSpace(activity.Text)
            && activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command)
            && command.ValueKind == JsonValueKind.String)
        {
            activity.Text = command.GetString();
        }
        return next(cancellationToken);
    }
}
