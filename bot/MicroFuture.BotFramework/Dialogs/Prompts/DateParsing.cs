using System.Globalization;
using System.Text.RegularExpressions;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>How exact a parsed date is.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A month ("March 2026"); the date is its first day.</summary>
    Month,

    /// <summary>A quarter ("Q2 2026"); the date is its first day.</summary>
    Quarter,
}

/// <summary>A date as the user gave it: the (first) day and how exact it was.</summary>
public sealed record DateValue(DateOnly Date, DatePrecision Precision)
{
    /// <summary>The last day the value covers (the day itself, or the end of its month or quarter).</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Date.AddMonths(3).AddDays(-1),
        _ => Date,
    };
}

/// <summary>A period from <paramref name="Start"/> to <paramref name="End"/>, both inclusive.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End);

/// <summary>What parsing made of a text: a value, or an error to show the user.</summary>
public sealed record DateParseResult<T>(T? Value, string? Error)
{
    /// <summary>Whether <see cref="Value"/> holds a valid result.</summary>
    public bool Succeeded => Error is null && Value is not null;
}

/// <summary>
/// Reads dates as people type them: <c>2026-03-15</c>, <c>15/03/2026</c> and <c>15.03.2026</c> (day first),
/// <c>15 March 2026</c>, <c>15th Mar 2026</c>, <c>March 15, 2026</c>, <c>March 2026</c> and <c>2026-03</c> (month),
/// <c>Q2 2026</c> (quarter); English and Italian month names. Impossible days (31 February) get a clear error. Pure.
/// </summary>
public static partial class DateParsing
{
    private static readonly string[][] MonthNames =
    [
        ["january", "jan", "gennaio", "gen"],
        ["february", "feb", "febbraio"],
        ["march", "mar", "marzo"],
        ["april", "apr", "aprile"],
        ["may", "maggio", "mag"],
        ["june", "jun", "giugno", "giu"],
        ["july", "jul", "luglio", "lug"],
        ["august", "aug", "agosto", "ago"],
        ["september", "sep", "sept", "settembre", "set"],
        ["october", "oct", "ottobre", "ott"],
        ["november", "nov", "novembre"],
        ["december", "dec", "dicembre", "dic"],
    ];

    /// <summary>Parses one date.</summary>
    public static DateParseResult<DateValue> Parse(string? text)
    {
        var input = (text ?? string.Empty).Trim().TrimEnd('.').Trim();
        Match match;
        if ((match = Iso().Match(input)).Success || (match = DayFirst().Match(input)).Success)
        {
            return Day(Number(match, "y"), Number(match, "m"), Number(match, "d"), input);
        }
        if ((match = DayMonthName().Match(input)).Success || (match = MonthNameDay().Match(input)).Success)
        {
            return MonthOf(match) is { } month
                ? Day(Number(match, "y"), month, Number(match, "d"), input)
                : Fail<DateValue>($"I don't know the month in \"{input}\".");
        }
        if ((match = MonthNameYear().Match(input)).Success)
        {
            return MonthOf(match) is { } month ? Month(Number(match, "y"), month) : Fail<DateValue>($"I don't know the month in \"{input}\".");
        }
        if ((match = IsoMonth().Match(input)).Success)
        {
            return Month(Number(match, "y"), Number(match, "m"));
        }
        if ((match = Quarter().Match(input)).Success)
        {
            var quarter = Number(match, "q");
            return quarter is >= 1 and <= 4
                ? new(new DateValue(new DateOnly(Number(match, "y"), (quarter - 1) * 3 + 1, 1), DatePrecision.Quarter), null)
                : Fail<DateValue>("A quarter is Q1, Q2, Q3 or Q4.");
        }
        return Fail<DateValue>("Please enter a date like 2026-03-15, 15/03/2026, 15 March 2026 or March 2026.");
    }

    /// <summary>
    /// Parses a period: two dates joined by "to", "until", "-" (with spaces), "–" or "al", optionally after "from"; or
    /// a single month or quarter meaning all of it. A month or quarter as the end means its last day. End ≥ start.
    /// </summary>
    public static DateParseResult<DateRange> ParseRange(string? text)
    {
        var input = RangeLead().Replace((text ?? string.Empty).Trim(), string.Empty);
        var parts = RangeSeparator().Split(input);
        if (parts.Length == 1)
        {
            var single = Parse(parts[0]);
            if (!single.Succeeded)
            {
                return Fail<DateRange>(single.Error ?? "Please enter a start and an end date.");
            }
            return single.Value!.Precision == DatePrecision.Day
                ? Fail<DateRange>("Please give a start and an end, e.g. 2026-03-01 to 2026-06-30.")
                : new(new DateRange(single.Value.Date, single.Value.LastDay), null);
        }
        if (parts.Length != 2)
        {
            return Fail<DateRange>("Please give one start and one end date, e.g. 2026-03-01 to 2026-06-30.");
        }
        var start = Parse(parts[0]);
        var end = Parse(parts[1]);
        if (!start.Succeeded || !end.Succeeded)
        {
            return Fail<DateRange>(start.Error ?? end.Error);
        }
        var range = new DateRange(start.Value!.Date, end.Value!.LastDay);
        return range.End < range.Start
            ? Fail<DateRange>($"The end ({Show(range.End)}) is before the start ({Show(range.Start)}).")
            : new(range, null);
    }

    /// <summary>A date as shown to users: 15 March 2026.</summary>
    public static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static DateParseResult<DateValue> Day(int year, int month, int day, string input)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return Fail<DateValue>($"\"{input}\" is not a valid date.");
        }
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return Fail<DateValue>($"{day} {monthName} {year} does not exist: {monthName} {year} has {days} days.");
        }
        return new(new DateValue(new DateOnly(year, month, day), DatePrecision.Day), null);
    }

    private static DateParseResult<DateValue> Month(int year, int month) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12
            ? new(new DateValue(new DateOnly(year, month, 1), DatePrecision.Month), null)
            : Fail<DateValue>("That month does not exist.");

    private static int? MonthOf(Match match)
    {
        var name = match.Groups["name"].Value.ToLowerInvariant().TrimEnd('.');
        var index = Array.FindIndex(MonthNames, names => names.Contains(name));
        return index < 0 ? null : index + 1;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateParseResult<T> Fail<T>(string? error) => new(default, error ?? "That is not a date I understand.");

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{4})$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th|°)?\s+(?:of\s+)?(?<name>\p{L}+\.?),?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthName();

    [GeneratedRegex(@"^(?<name>\p{L}+\.?)\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDay();

    [GeneratedRegex(@"^(?<name>\p{L}+\.?),?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^(?:Q(?<q>\d)\s*(?<y>\d{4})|(?<y>\d{4})\s*-?\s*Q(?<q>\d))$", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\s+(?:to|until|till|through|al|a|-|–|—)\s+|\s*(?:–|—|\.\.)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?:from|dal|da|between)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RangeLead();
}
