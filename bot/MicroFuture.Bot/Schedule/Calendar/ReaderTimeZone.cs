using MicroFuture.Bot.Schedule.Commands;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>The zone to show times in: the reader's partner zone, else what the client says, else Europe/Brussels.</summary>
public static class ReaderTimeZone
{
    public const string Default = "Europe/Brussels";

    public static TimeZoneInfo For(Activity activity, ProjectDirectory directory)
    {
        var candidates = new[]
        {
            directory.PartnerOf(activity.From)?.TimeZone,
            activity.LocalTimezone,
            activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.GetString("timezone"),
            Default,
        };
        foreach (var candidate in candidates)
        {
            if (MeetingTime.TryFindZone(candidate, out var zone))
            {
                return zone;
            }
        }
        return TimeZoneInfo.Utc;
    }
}
