using MicroFuture.Bot.Knowledge;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using MicroFuture.Bot.Hosting;

namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>
/// The curated calendar, <c>calendar.ics</c> in the knowledge folder, read once with Ical.Net. Recurring events are
/// expanded by Ical.Net in their own TZID, so a 10:00 meeting stays at 10:00 local across DST changes.
/// </summary>
public sealed class KnowledgeCalendar
{
    public const string FileName = "calendar.ics";

    private readonly Ical.Net.Calendar _calendar;

    private KnowledgeCalendar(Ical.Net.Calendar calendar) => _calendar = calendar;

    /// <summary>Loads <c>calendar.ics</c> from the knowledge folder; a missing file gives an empty calendar.</summary>
    public static KnowledgeCalendar Load(KnowledgeFolder folder)
    {
        var path = Path.Combine(folder.Path, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : new KnowledgeCalendar(new Ical.Net.Calendar());
    }

    /// <summary>A calendar from iCalendar text.</summary>
    public static KnowledgeCalendar Parse(string icalendar) =>
        new(Ical.Net.Calendar.Load(icalendar) ?? throw new FormatException("The text is not an iCalendar file."));

    /// <summary>Every occurrence that starts before <paramref name="untilUtc"/>, in start order.</summary>
    public IReadOnlyList<ProjectEvent> OccurrencesUntil(DateTimeOffset untilUtc) =>
    [
        .. _calendar.Events
            .SelectMany(e => e.GetOccurrences(null, null)
                .TakeWhile(o => o.Period.StartTime.AsUtc < untilUtc.UtcDateTime)
                .Select(o => ToEvent(e, o.Period)))
            .OrderBy(e => e.StartUtc),
    ];

    private static ProjectEvent ToEvent(CalendarEvent source, Period period)
    {
        var start = period.StartTime;
        var end = period.EffectiveEndTime;
        if (!start.HasTime)
        {
            var lastDay = end is null || end.Date <= start.Date ? start.Date : end.Date.AddDays(-1);
            return new ProjectEvent
            {
                Title = source.Summary ?? "(untitled)",
                Location = source.Location,
                AllDay = true,
                FirstDay = start.Date,
                LastDay = lastDay,
                StartUtc = new DateTimeOffset(start.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            };
        }
        return new ProjectEvent
        {
            Title = source.Summary ?? "(untitled)",
            Location = source.Location,
            StartUtc = new DateTimeOffset(start.AsUtc, TimeSpan.Zero),
            EndUtc = end is null ? null : new DateTimeOffset(end.AsUtc, TimeSpan.Zero),
        };
    }
}
