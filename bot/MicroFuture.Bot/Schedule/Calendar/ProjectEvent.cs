namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>
/// One occurrence in the project calendar: an event of <c>calendar.ics</c> (recurring ones expanded) or a meeting a
/// coordinator scheduled. All-day events keep their dates (<see cref="FirstDay"/>, <see cref="LastDay"/>), which read
/// the same in every zone; timed ones an instant.
/// </summary>
public sealed record ProjectEvent
{
    public required string Title { get; init; }
    public string? Location { get; init; }

    /// <summary>Start instant; for an all-day event, midnight UTC of its first day (used for ordering).</summary>
    public required DateTimeOffset StartUtc { get; init; }
    public DateTimeOffset? EndUtc { get; init; }
    public bool AllDay { get; init; }
    public DateOnly FirstDay { get; init; }

    /// <summary>The last day an all-day event covers (iCalendar's end date is exclusive; this one is not).</summary>
    public DateOnly LastDay { get; init; }

    /// <summary>The run-time meeting's id; null for events from the file.</summary>
    public string? MeetingId { get; init; }

    /// <summary>Whether the event lasts longer than two weeks: a project phase, not a meeting.</summary>
    public bool IsPhase => AllDay ? LastDay.DayNumber - FirstDay.DayNumber >= 14 : EndUtc - StartUtc > TimeSpan.FromDays(14);

    /// <summary>Whether the event is still to come at <paramref name="now"/> (an all-day event: from its first day on, in <paramref name="zone"/>).</summary>
    public bool StartsAtOrAfter(DateTimeOffset now, TimeZoneInfo zone) =>
        AllDay ? FirstDay >= DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime) : StartUtc >= now;

    /// <summary>Whether the event overlaps the days <paramref name="from"/>..<paramref name="to"/> in <paramref name="zone"/>.</summary>
    public bool Overlaps(DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        if (AllDay)
        {
            return FirstDay <= to && LastDay >= from;
        }
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(StartUtc, zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(EndUtc ?? StartUtc, zone).DateTime);
        return first <= to && last >= from;
    }
}
