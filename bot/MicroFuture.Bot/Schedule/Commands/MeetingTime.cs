using System.Globalization;
using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>Checks a written date, time and IANA zone and turns them into a UTC instant (shared by schedule and move).</summary>
public static partial class MeetingTime
{
    /// <summary>The UTC start, or the reason it is not valid (bad date, unknown zone, skipped by a clock change, past).</summary>
    public static (DateTimeOffset StartUtc, string? Error) Resolve(string date, string time, string zoneId, DateTimeOffset now)
    {
        if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return (default, DatePattern().IsMatch(date.Trim())
                ? $"{date} is not a date in the calendar (that month has no such day)."
                : $"\"{date}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-03.");
        }
        if (!TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return (default, $"\"{time}\" is not a time: write it as HH:MM on the 24-hour clock, e.g. 10:00 or 14:30.");
        }
        if (!TryFindZone(zoneId, out var zone))
        {
            return (default, $"\"{zoneId}\" is not a time zone I know: use an IANA name such as Europe/Rome, Europe/Bucharest or UTC.");
        }
        var local = day.ToDateTime(clock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return (default, $"{date} {time} does not exist in {zone.Id}: the clocks skip that hour. Choose another time.");
        }
        // In the repeated hour of autumn the earlier (summer-time) instant is meant.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var start = new DateTimeOffset(local, offset).ToUniversalTime();
        return start <= now
            ? (default, $"{date} {time} ({zone.Id}) is in the past. Choose a time that is still to come.")
            : (start, null);
    }

    /// <summary>An IANA zone by name (ignoring case), e.g. <c>europe/rome</c> → Europe/Rome.</summary>
    public static bool TryFindZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }
        var name = id.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found))
        {
            var canonical = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, name, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                return false;
            }
            found = canonical;
        }
        zone = found;
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
