using System.Globalization;
using System.Text.RegularExpressions;
using MicroFuture.Bot.Hosting;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>
/// Calendar questions ("when is the next meeting?", "what happens in May 2027?", "when was the Kamnik meeting?") and
/// <c>meetings</c>, answered in the asker's time zone. Everyone may ask; only coordinators see meeting ids.
/// </summary>
public sealed partial class CalendarFeature(ProjectCalendar calendar, IMeetingStore meetings, ProjectDirectory directory, TimeProvider time) : IBotFeature
{
    public void Register(ActivityRouter router)
    {
        router
            .OnMessage("meetings|upcoming meetings|list meetings|show meetings", ListMeetingsAsync)
            .OnMessage(@"(?:(?:when|what)(?:'s|\s+is|\s+will\s+be)?\s+(?:the\s+)?)?next\s+(?:meeting|event)\s*\??", NextAsync)
            .OnMessage(turn => MonthOf(turn.Activity.Text) is not null, InMonthAsync)
            .OnMessage(turn => IsEventQuestion(turn.Activity.Text), SearchAsync);
    }

    private async Task ListMeetingsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var zone = ReaderTimeZone.For(turn.Activity, directory);
        var upcoming = await meetings.UpcomingAsync(time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var text = upcoming.Count == 0
            ? "No meetings are scheduled. Coordinators add them with `schedule`."
            : CalendarAnswers.List($"Upcoming meetings (times in {zone.Id}):", [.. upcoming.Select(ProjectCalendar.ToEvent)], zone, directory.IsCoordinator(turn.Activity.From));
        await turn.SendMarkdownAsync(text, cancellationToken).ConfigureAwait(false);
    }

    private Task NextAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        AnswerAsync(turn, (events, zone, ids) => CalendarAnswers.Next(events, time.GetUtcNow(), zone, ids), cancellationToken);

    private Task InMonthAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var (year, month) = MonthOf(turn.Activity.Text)!.Value;
        return AnswerAsync(turn, (events, zone, ids) => CalendarAnswers.InMonth(events, year, month, zone, ids), cancellationToken);
    }

    private Task SearchAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var what = When().Match(turn.Activity.Text!.Trim()).Groups["what"].Value;
        return AnswerAsync(turn, (events, zone, ids) => CalendarAnswers.Search(events, what, zone, ids), cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turn, Func<IReadOnlyList<ProjectEvent>, TimeZoneInfo, bool, string> answer, CancellationToken cancellationToken)
    {
        var events = await calendar.EventsAsync(cancellationToken).ConfigureAwait(false);
        var text = answer(events, ReaderTimeZone.For(turn.Activity, directory), directory.IsCoordinator(turn.Activity.From));
        await turn.SendMarkdownAsync(text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The month of "what happens in May 2027?", or null when the text is not such a question.</summary>
    internal static (int Year, int Month)? MonthOf(string? text)
    {
        var match = text is null ? Match.Empty : InMonth().Match(text.Trim());
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["month"].Value, ["MMMM", "MMM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return year is >= 2000 and <= 2100 ? (year, month.Month) : null;
    }

    /// <summary>
    /// "When was/is ... meeting (visit, workshop, ...)?": other "when" questions (deadlines, rules) are left to the
    /// features that know them.
    /// </summary>
    internal static bool IsEventQuestion(string? text) =>
        text is not null && When().Match(text.Trim()) is { Success: true } match && EventWord().IsMatch(match.Groups["what"].Value);

    [GeneratedRegex(@"\b(?:meetings?|events?|visits?|workshops?|conferences?|calls?|sessions?|seminars?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventWord();

    [GeneratedRegex(@"^(?:what|which|anything)\b.*\b(?:in|during)\s+(?<month>[a-z]+)\s+(?<year>\d{4})\s*\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InMonth();

    [GeneratedRegex(@"^when(?:['\u2019]s|\s+(?:is|was|were|will|did|does|do))\s+(?<what>.+?)\s*\??$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex When();
}
