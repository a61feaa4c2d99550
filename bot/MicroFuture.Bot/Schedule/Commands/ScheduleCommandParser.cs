namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// Parses the one-line command (without its leading <c>schedule</c>) into a <see cref="ScheduleDraft"/>:
/// <c>"Title" YYYY-MM-DD HH:MM [Zone]</c> then, in any order and each at most once, <c>for &lt;duration&gt;</c>,
/// <c>at &lt;place or link&gt;</c>, <c>remind &lt;offset&gt;...</c>, <c>to &lt;audience&gt;</c>. Pure: no clock, no config.
/// </summary>
public static class ScheduleCommandParser
{
    private static readonly string[] Keywords = ["for", "at", "remind", "to"];

    public static Checked<ScheduleDraft> Parse(string arguments)
    {
        var tokens = CommandTokens.Split(arguments);
        if (tokens is null)
        {
            return Fail("A quote is opened but never closed: put the title (and any place or partner name with spaces) between double quotes.");
        }
        if (tokens.Count == 0 || !tokens[0].Quoted)
        {
            return Fail("Put the title between double quotes, e.g. schedule \"Steering group call\" 2026-12-03 10:00.");
        }
        if (tokens.Count < 3 || IsKeyword(tokens[1]) || IsKeyword(tokens[2]))
        {
            return Fail("The date and time are missing: write them as YYYY-MM-DD HH:MM after the title.");
        }
        var draft = new ScheduleDraft { Title = tokens[0].Text, Date = tokens[1].Text, Time = tokens[2].Text };
        var position = 3;
        if (position < tokens.Count && !IsKeyword(tokens[position]))
        {
            draft = draft with { Zone = tokens[position++].Text };
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (position < tokens.Count)
        {
            var keyword = tokens[position];
            if (!IsKeyword(keyword))
            {
                return Fail($"I don't understand \"{keyword.Text}\" here: after the date, time and zone come for, at, remind and to.");
            }
            if (!seen.Add(keyword.Text))
            {
                return Fail($"\"{keyword.Text.ToLowerInvariant()}\" is given twice.");
            }
            var values = TakeValues(tokens, ref position);
            if (values.Count == 0)
            {
                return Fail($"\"{keyword.Text.ToLowerInvariant()}\" needs a value.");
            }
            var joined = string.Join(' ', values.Select(v => v.Text));
            switch (keyword.Text.ToLowerInvariant())
            {
                case "for" when values.Count > 1:
                    return Fail($"\"for\" takes one duration such as 1h, 90m or 1h30m, not \"{joined}\".");
                case "for":
                    draft = draft with { Duration = joined };
                    break;
                case "at":
                    draft = draft with { Place = joined };
                    break;
                case "remind":
                    draft = draft with { Reminders = [.. values.Select(v => v.Text)] };
                    break;
                default:
                    draft = draft with { Audience = joined };
                    break;
            }
        }
        return Checked<ScheduleDraft>.Ok(draft);
    }

    // The words after a keyword up to the next keyword; a quoted text is one value and may contain keywords.
    private static List<CommandToken> TakeValues(List<CommandToken> tokens, ref int position)
    {
        position++;
        var values = new List<CommandToken>();
        while (position < tokens.Count && !IsKeyword(tokens[position]))
        {
            values.Add(tokens[position++]);
        }
        return values;
    }

    private static bool IsKeyword(CommandToken token) => Keywords.Any(token.Is);

    private static Checked<ScheduleDraft> Fail(string problem) => Checked<ScheduleDraft>.Fail(ScheduleSyntax.Explain(problem));
}
