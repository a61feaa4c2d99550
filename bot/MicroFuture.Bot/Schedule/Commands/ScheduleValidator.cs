using System.Globalization;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// Checks a <see cref="ScheduleDraft"/> against the rules (the same for the command and the form): the first problem
/// found is reported with the syntax, and nothing is stored.
/// </summary>
public static class ScheduleValidator
{
    public const int MaxTitleLength = 200;
    public const int MaxPlaceLength = 500;
    public const int MaxReminders = 10;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(7);
    public static readonly TimeSpan MaxReminderOffset = TimeSpan.FromDays(60);

    /// <param name="draft">What the coordinator wrote.</param>
    /// <param name="now">The current time (from the <see cref="TimeProvider"/>).</param>
    /// <param name="defaultZone">The zone when none is given: the coordinator's partner zone, else Europe/Brussels.</param>
    /// <param name="partners">The configured partner organisations (for <c>to &lt;partner&gt;</c>).</param>
    public static Checked<ScheduleRequest> Validate(ScheduleDraft draft, DateTimeOffset now, string defaultZone, IReadOnlyList<PartnerOrganisation> partners)
    {
        var title = draft.Title.Trim();
        if (title.Length == 0)
        {
            return Fail("The title is empty.");
        }
        if (title.Length > MaxTitleLength)
        {
            return Fail($"The title is {title.Length} characters long; keep it to {MaxTitleLength}.");
        }
        var zoneId = string.IsNullOrWhiteSpace(draft.Zone) ? defaultZone : draft.Zone.Trim();
        var (startUtc, timeError) = MeetingTime.Resolve(draft.Date, draft.Time, zoneId, now);
        if (timeError is not null)
        {
            return Fail(timeError);
        }
        MeetingTime.TryFindZone(zoneId, out var zone);

        TimeSpan? duration = null;
        if (!string.IsNullOrWhiteSpace(draft.Duration))
        {
            if (!DurationText.TryParse(draft.Duration, out var parsed) || parsed <= TimeSpan.Zero || parsed > MaxDuration)
            {
                return Fail($"\"{draft.Duration}\" is not a duration I accept: write e.g. 1h, 90m or 1h30m (at most 7d).");
            }
            duration = parsed;
        }

        var place = string.IsNullOrWhiteSpace(draft.Place) ? null : draft.Place.Trim();
        if (place?.Length > MaxPlaceLength)
        {
            return Fail($"The place or link is {place.Length} characters long; keep it to {MaxPlaceLength}.");
        }

        var (offsets, remindError) = Reminders(draft.Reminders);
        if (remindError is not null)
        {
            return Fail(remindError);
        }

        var (kind, partner, audienceError) = Audience(draft.Audience, partners);
        return audienceError is not null
            ? Fail(audienceError)
            : Checked<ScheduleRequest>.Ok(new ScheduleRequest(title, startUtc, zone.Id, duration, place, offsets, kind, partner));
    }

    private static (IReadOnlyList<TimeSpan> Offsets, string? Error) Reminders(IReadOnlyList<string> written)
    {
        if (written.Count > MaxReminders)
        {
            return ([], $"{written.Count} reminders are too many: give at most {MaxReminders}.");
        }
        var offsets = new List<TimeSpan>();
        foreach (var text in written)
        {
            if (!DurationText.TryParse(text, out var offset))
            {
                return ([], $"\"{text}\" is not a reminder offset: write days, hours and minutes such as 1d, 1h or 15m.");
            }
            if (offset <= TimeSpan.Zero || offset > MaxReminderOffset)
            {
                return ([], $"The reminder \"{text}\" must be at least 1m and at most 60d before the start.");
            }
            if (offsets.Contains(offset))
            {
                return ([], $"The reminder \"{text}\" is given twice.");
            }
            offsets.Add(offset);
        }
        return ([.. offsets.OrderDescending()], null);
    }

    private static (AudienceKind Kind, string? Partner, string? Error) Audience(string? written, IReadOnlyList<PartnerOrganisation> partners)
    {
        var text = string.Join(' ', (written ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (text.Length == 0 || text.Equals("everyone", StringComparison.OrdinalIgnoreCase))
        {
            return (AudienceKind.Everyone, null, null);
        }
        if (text.Equals("this channel", StringComparison.OrdinalIgnoreCase))
        {
            return (AudienceKind.ThisChannel, null, null);
        }
        // Accents optional: "Region Orebro County" finds "Region Örebro County".
        var partner = partners.FirstOrDefault(p => string.Compare(p.Name, text, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) == 0);
        return partner is null
            ? (AudienceKind.Everyone, null, $"\"{text}\" is not a partner. Write everyone, this channel, or one of: {string.Join(", ", partners.Select(p => p.Name))}.")
            : (AudienceKind.Partner, partner.Name, null);
    }

    private static Checked<ScheduleRequest> Fail(string problem) => Checked<ScheduleRequest>.Fail(ScheduleSyntax.Explain(problem));
}
