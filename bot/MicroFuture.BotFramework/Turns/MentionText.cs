using System.Text.RegularExpressions;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Turns;

/// <summary>Removes the bot's own @mention from a message's text, as Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> in it.</summary>
public static class MentionText
{
    /// <summary>
    /// Strips every mention of the activity's recipient (case-insensitive) and trims. An activity with no
    /// recipient (some local Direct Line servers omit it) is left as it is.
    /// </summary>
    public static void RemoveRecipientMention(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null || activity.Text is null || activity.Entities is null)
        {
            return;
        }
        var text = activity.Text;
        foreach (var entity in activity.Entities)
        {
            if (entity.Type != Entity.MentionType || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }
            var markup = entity.Text ?? (entity.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
            {
                text = Regex.Replace(text, Regex.Escape(markup), string.Empty, RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));
            }
        }
        activity.Text = text.Trim();
    }
}

/// <summary>Middleware form of <see cref="MentionText.RemoveRecipientMention"/>.</summary>
public sealed class RemoveMentionMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Message))
        {
            MentionText.RemoveRecipientMention(turn.Activity);
        }
        return next(cancellationToken);
    }
}
