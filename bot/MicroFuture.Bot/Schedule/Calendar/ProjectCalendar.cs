namespace MicroFuture.Bot.Schedule.Calendar;

/// <summary>The one ordered list the calendar questions read: the file's events and the coordinators' meetings.</summary>
public sealed class ProjectCalendar(KnowledgeCalendar file, IMeetingStore meetings, TimeProvider time)
{
    /// <summary>How far ahead recurring events are expanded.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(5 * 366);

    public async Task<IReadOnlyList<ProjectEvent>> EventsAsync(CancellationToken cancellationToken = default)
    {
        var stored = await meetings.UpcomingAsync(DateTimeOffset.UnixEpoch, cancellationToken).ConfigureAwait(false);
        var until = time.GetUtcNow() + Horizon;
        return
        [
            .. file.OccurrencesUntil(until)
                .Concat(stored.Select(ToEvent))
                .OrderBy(e => e.StartUtc)
                .ThenBy(e => e.Title, StringComparer.Ordinal),
        ];
    }

    public static ProjectEvent ToEvent(Meeting meeting) => new()
    {
        Title = meeting.Title,
        Location = meeting.Location,
        StartUtc = meeting.StartUtc,
        EndUtc = meeting.Duration is { } duration ? meeting.StartUtc + duration : null,
        MeetingId = meeting.Id,
    };
}
