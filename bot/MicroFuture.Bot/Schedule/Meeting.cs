using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Schedule;

/// <summary>Who a meeting's reminders go to.</summary>
public enum AudienceKind
{
    /// <summary>Every known conversation of every partner member (personal chats).</summary>
    Everyone,

    /// <summary>The members of one partner organisation (<see cref="Audience.PartnerName"/>).</summary>
    Partner,

    /// <summary>The channel or group chat where the meeting was scheduled (<see cref="Audience.Conversation"/>).</summary>
    ThisChannel,
}

/// <summary>The audience of a meeting.</summary>
public sealed record Audience(AudienceKind Kind, string? PartnerName = null, ConversationReference? Conversation = null);

/// <summary>
/// A meeting a coordinator scheduled at run time. Times are stored in UTC with the IANA zone they were given in;
/// readers see them in their own zone.
/// </summary>
public sealed record Meeting
{
    /// <summary>Short id shown to coordinators (<c>meetings</c>, <c>move meeting &lt;id&gt;</c>).</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset StartUtc { get; init; }

    /// <summary>IANA zone the coordinator gave (or the coordinator's partner zone).</summary>
    public required string TimeZone { get; init; }
    public TimeSpan? Duration { get; init; }

    /// <summary>Place or link (<c>at ...</c>).</summary>
    public string? Location { get; init; }

    /// <summary>Reminder offsets before the start (<c>remind 1d 1h 15m</c>); empty = no reminder.</summary>
    public IReadOnlyList<TimeSpan> ReminderOffsets { get; init; } = [];
    public required Audience Audience { get; init; }

    /// <summary>Channel user id of the coordinator who scheduled it.</summary>
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }
    public bool Cancelled { get; init; }

    /// <summary>Incremented on every move, so reminders of an older time are recognisably stale.</summary>
    public int Version { get; init; } = 1;
}

/// <summary>Run-time meetings, in the product database (SQLite or PostgreSQL).</summary>
public interface IMeetingStore
{
    Task AddAsync(Meeting meeting, CancellationToken cancellationToken = default);
    Task<Meeting?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Meetings not cancelled that start at or after <paramref name="fromUtc"/>, earliest first.</summary>
    Task<IReadOnlyList<Meeting>> UpcomingAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default);

    /// <summary>Replaces a meeting (move, cancel); the caller increments <see cref="Meeting.Version"/> on a move.</summary>
    Task UpdateAsync(Meeting meeting, CancellationToken cancellationToken = default);
}

/// <summary>
/// Delivers a meeting's reminders proactively, exactly once per recipient and reminder, through the delivery ledger.
/// The commands call it after they stored the meeting.
/// </summary>
public interface IReminderScheduler
{
    /// <summary>Plans every reminder of a new meeting.</summary>
    Task ScheduleAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>Re-times a moved meeting's reminders and tells its audience the new time.</summary>
    Task RescheduleAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>Withdraws a cancelled meeting's reminders and tells its audience.</summary>
    Task CancelAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>Sends the meeting's reminder now (<c>remind now &lt;id&gt;</c>), through the same ledger.</summary>
    Task TriggerNowAsync(Meeting meeting, CancellationToken cancellationToken = default);
}
