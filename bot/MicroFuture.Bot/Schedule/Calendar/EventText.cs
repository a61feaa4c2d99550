using System.Globalization;

namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>How times and events are written for a reader: in the reader's zone, with its UTC offset and name.</summary>
public static class EventText
{
    /// <summary>e.g. <c>Thu 3 Dec 2026, 10:00 (UTC+01:00, Europe/Rome)</c>.</summary>
    public static string Time(DateTimeOffset utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        return local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({Offset(local.Offset)}, {zone.Id})";
    }

    /// <summary>One line for an event: title, when, where (and the id when <paramref name="showIds"/>).</summary>
    public static string Line(ProjectEvent e, TimeZoneInfo zone, bool showIds)
    {
        var when = e.AllDay ? Days(e.FirstDay, e.LastDay) : Time(e.StartUtc, zone);
        var id = showIds && e.MeetingId is not null ? $" — id `{e.MeetingId}`" : "";
        var where = string.IsNullOrWhiteSpace(e.Location) ? "" : $" — {e.Location}";
        return $"**{e.Title}**: {when}{where}{id}";
    }

    private static string Days(DateOnly first, DateOnly last)
    {
        const string format = "ddd d MMM yyyy";
        return first == last
            ? first.ToString(format, CultureInfo.InvariantCulture) + " (all day)"
            : $"{first.ToString(format, CultureInfo.InvariantCulture)} – {last.ToString(format, CultureInfo.InvariantCulture)}";
    }

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
