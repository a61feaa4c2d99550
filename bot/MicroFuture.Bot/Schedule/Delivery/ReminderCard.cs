using System.Globalization;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>What a proactive meeting message announces.</summary>
public enum ReminderKind
{
    Reminder,
    Moved,
    Cancelled,
}

/// <summary>
/// The reminder message: an Adaptive Card 1.5 with the title, the start in the recipient's time zone (with the
/// zone named), the duration, the place or link, RSVP buttons (Action.Submit <c>{"command":"rsvp",...}</c>) and
/// a link to the meeting's .ics file. The text fallback says the same for clients without cards.
/// </summary>
public static class ReminderCard
{
    public static Activity Create(Meeting meeting, ReminderKind kind, string timeZone, string icsUrl, string titleFormat)
    {
        var when = LocalTime(meeting.StartUtc, timeZone);
        var heading = kind switch
        {
            ReminderKind.Moved => $"Moved: {meeting.Title}",
            ReminderKind.Cancelled => $"Cancelled: {meeting.Title}",
            _ => string.Format(CultureInfo.InvariantCulture, titleFormat, meeting.Title),
        };
        var facts = new JsonArray
        {
            Fact(kind == ReminderKind.Moved ? "New time" : "When", when),
        };
        if (meeting.Duration is { } duration)
        {
            facts.Add(Fact("Duration", Describe(duration)));
        }
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            facts.Add(Fact("Where", meeting.Location));
        }
        var actions = new JsonArray();
        if (kind != ReminderKind.Cancelled)
        {
            foreach (var answer in RsvpAnswers.All)
            {
                actions.Add(new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = RsvpAnswers.Label(answer),
                    ["data"] = new JsonObject { ["command"] = "rsvp", ["meetingId"] = meeting.Id, ["answer"] = answer },
                });
            }
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Add to calendar (.ics)", ["url"] = icsUrl });
        }
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = heading, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        var text = kind == ReminderKind.Cancelled
            ? $"{heading} (was {when})."
            : $"{heading}: {when}{(meeting.Location is { Length: > 0 } place ? $", {place}" : "")}. Add to calendar: {icsUrl}";
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Summary = heading,
            Attachments = [Attachment.AdaptiveCard(body, actions)],
        };
    }

    /// <summary>"Thu 3 Dec 2026, 10:00 (Europe/Rome, UTC+01:00)".</summary>
    public static string LocalTime(DateTimeOffset utc, string timeZone)
    {
        // A misconfigured partner zone must not cost anyone their reminder: show UTC instead.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            (zone, timeZone) = (TimeZoneInfo.Utc, "UTC");
        }
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + $" ({timeZone}, UTC{sign}{offset:hh\\:mm})";
    }

    private static string Describe(TimeSpan duration) =>
        duration.TotalMinutes < 60 ? $"{duration.TotalMinutes:0} min"
        : duration.Minutes == 0 && duration.TotalHours < 24 ? $"{duration.TotalHours:0} h"
        : $"{(int)duration.TotalHours} h {duration.Minutes} min";

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
