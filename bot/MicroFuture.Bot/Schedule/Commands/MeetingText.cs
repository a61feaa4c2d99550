using System.Text;
using MicroFuture.Bot.Schedule.Calendar;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>What the commands tell the coordinator about a meeting.</summary>
public static class MeetingText
{
    /// <summary>e.g. "Scheduled **Steering group call** (id `k3m9qx`): Thu 3 Dec 2026, 10:00 (UTC+01:00, Europe/Rome) ...".</summary>
    public static string Confirmation(string verb, Meeting meeting, TimeZoneInfo reader, string? note)
    {
        MeetingTime.TryFindZone(meeting.TimeZone, out var zone);
        var text = new StringBuilder($"{verb} **{meeting.Title}** (id `{meeting.Id}`): {EventText.Time(meeting.StartUtc, zone)}");
        if (reader.Id != zone.Id)
        {
            text.Append($", that is {EventText.Time(meeting.StartUtc, reader)} for you");
        }
        if (meeting.Duration is { } duration)
        {
            text.Append($", for {DurationText.Format(duration)}");
        }
        if (meeting.Location is { } location)
        {
            text.Append($", at {location}");
        }
        text.Append(meeting.ReminderOffsets.Count == 0
            ? ". No reminders"
            : $". Reminders {string.Join(", ", meeting.ReminderOffsets.Select(DurationText.Format))} before the start");
        text.Append($", to {Audience(meeting.Audience)}.");
        if (note is not null)
        {
            text.Append(' ').Append(note);
        }
        return text.ToString();
    }

    public static string Audience(Audience audience) => audience.Kind switch
    {
        AudienceKind.Partner => audience.PartnerName ?? "one partner",
        AudienceKind.ThisChannel => "this channel",
        _ => "everyone",
    };
}
