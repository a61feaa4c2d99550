using System.Text.RegularExpressions;
using MicroFuture.BotFramework.Dialogs.Prompts;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// Writes an accepted timeframe into an action as precisely as the partner said it: "March 2026 to Q4 2027" is kept
/// as a month and a quarter (shown so in documents), not as 1 March 2026 to 31 December 2027.
/// </summary>
public static partial class TimeframeText
{
    public static void Apply(ProposalAction action, DateRange range, string? said)
    {
        var parts = Separator().Split(Lead().Replace((said ?? "").Trim(), ""));
        var start = parts.Length is 1 or 2 ? DateParsing.Parse(parts[0]) : null;
        var end = parts.Length == 2 ? DateParsing.Parse(parts[1]) : start;
        if (start is { Succeeded: true } && end is { Succeeded: true } && start.Value!.Date == range.Start && end.Value!.LastDay == range.End)
        {
            action.Start = start.Value.Date;
            action.StartPrecision = Map(start.Value.Precision);
            action.End = end.Value.Date;
            action.EndPrecision = Map(end.Value.Precision);
            return;
        }
        action.Start = range.Start;
        action.StartPrecision = DatePrecision.Day;
        action.End = range.End;
        action.EndPrecision = DatePrecision.Day;
    }

    private static DatePrecision Map(BotFramework.Dialogs.Prompts.DatePrecision precision) => precision switch
    {
        BotFramework.Dialogs.Prompts.DatePrecision.Month => DatePrecision.Month,
        BotFramework.Dialogs.Prompts.DatePrecision.Quarter => DatePrecision.Quarter,
        _ => DatePrecision.Day,
    };

    // The separators DateParsing.ParseRange accepts.
    [GeneratedRegex(@"\s+(?:to|until|till|through|al|a|-|–|—)\s+|\s*(?:–|—|\.\.)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:from|dal|da|between)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
