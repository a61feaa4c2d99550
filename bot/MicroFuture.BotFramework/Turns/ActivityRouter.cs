using System.Text.RegularExpressions;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Turns;

/// <summary>A turn handler.</summary>
public delegate Task TurnHandler(ITurnContext turn, CancellationToken cancellationToken);

/// <summary>
/// Dispatches a turn to the first matching route: invokes by name, messages by text pattern or predicate,
/// other activities by type; then the fallback for unmatched messages. Unknown invokes stay unanswered (501).
/// </summary>
public sealed class ActivityRouter : IBot
{
    private readonly List<(Func<ITurnContext, bool> Matches, TurnHandler Handler)> _routes = [];
    private TurnHandler? _unmatchedMessage;

    /// <summary>Routes messages whose whole (trimmed) text matches <paramref name="pattern"/>, case-insensitively.</summary>
    public ActivityRouter OnMessage(string pattern, TurnHandler handler)
    {
        var regex = new Regex($"^(?:{pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(200));
        return OnMessage(turn => turn.Activity.Text is { } text && regex.IsMatch(text.Trim()), handler);
    }

    /// <summary>Routes messages for which <paramref name="predicate"/> holds.</summary>
    public ActivityRouter OnMessage(Func<ITurnContext, bool> predicate, TurnHandler handler) =>
        On(turn => turn.Activity.IsType(ActivityTypes.Message) && predicate(turn), handler);

    /// <summary>Routes invokes named <paramref name="name"/>.</summary>
    public ActivityRouter OnInvoke(string name, TurnHandler handler) =>
        On(turn => turn.Activity.IsType(ActivityTypes.Invoke) && string.Equals(turn.Activity.Name, name, StringComparison.Ordinal), handler);

    /// <summary>Routes every activity of <paramref name="type"/>.</summary>
    public ActivityRouter OnActivity(string type, TurnHandler handler) => On(turn => turn.Activity.IsType(type), handler);

    /// <summary>Routes any activity for which <paramref name="predicate"/> holds.</summary>
    public ActivityRouter On(Func<ITurnContext, bool> predicate, TurnHandler handler)
    {
        _routes.Add((predicate, handler));
        return this;
    }

    /// <summary>The handler for messages no route matched.</summary>
    public ActivityRouter OnUnmatchedMessage(TurnHandler handler)
    {
        _unmatchedMessage = handler;
        return this;
    }

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var (matches, handler) in _routes)
        {
            if (matches(turn))
            {
                return handler(turn, cancellationToken);
            }
        }
        if (turn.Activity.IsType(ActivityTypes.Message) && _unmatchedMessage is not null)
        {
            return _unmatchedMessage(turn, cancellationToken);
        }
        return Task.CompletedTask; // unknown types are ignored (spec A2006); unknown invokes get 501
    }
}
