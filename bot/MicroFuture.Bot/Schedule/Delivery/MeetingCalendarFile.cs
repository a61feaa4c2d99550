using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>A meeting as an iCalendar file with one VEVENT (times in UTC), for calendar apps.</summary>
public static class MeetingCalendarFile
{
    public const string ContentType = "text/calendar";

    /// <summary>A meeting with no duration is shown as one hour long.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    public static string Create(Meeting meeting, DateTimeOffset now)
    {
        var start = meeting.StartUtc.UtcDateTime;
        var vevent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@microfuture",
            Summary = meeting.Title,
            Start = new CalDateTime(start),
            End = new CalDateTime(start + (meeting.Duration ?? DefaultDuration)),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Sequence = meeting.Version - 1, // a move bumps the version: calendar apps then replace the event
            Status = meeting.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            vevent.Location = meeting.Location;
            if (Uri.TryCreate(meeting.Location, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp))
            {
                vevent.Url = link;
            }
        }
        var calendar = new Ical.Net.Calendar { ProductId = "-//MicroFuture//Meetings//EN" };
        calendar.Events.Add(vevent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
