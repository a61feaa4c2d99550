namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// What a coordinator wrote, not yet checked: from the one-line command (<see cref="ScheduleCommandParser"/>) or the
/// form card. <see cref="ScheduleValidator"/> turns it into a <see cref="ScheduleRequest"/> or one error.
/// </summary>
public sealed record ScheduleDraft
{
    public required string Title { get; init; }
    public required string Date { get; init; }
    public required string Time { get; init; }
    public string? Zone { get; init; }
    public string? Duration { get; init; }
    public string? Place { get; init; }

    /// <summary>The offsets after <c>remind</c>, each as written (<c>1d</c>, <c>15m</c>).</summary>
    public IReadOnlyList<string> Reminders { get; init; } = [];

    /// <summary><c>everyone</c>, <c>this channel</c> or a partner's name; null = everyone.</summary>
    public string? Audience { get; init; }
}

/// <summary>A checked meeting request, ready to store.</summary>
public sealed record ScheduleRequest(
    string Title,
    DateTimeOffset StartUtc,
    string TimeZone,
    TimeSpan? Duration,
    string? Location,
    IReadOnlyList<TimeSpan> ReminderOffsets,
    AudienceKind AudienceKind,
    string? PartnerName);

/// <summary>The result of parsing or validating: a value, or one message saying what is wrong.</summary>
public sealed record Checked<T>(T? Value, string? Error) where T : class
{
    public static Checked<T> Ok(T value) => new(value, null);

    public static Checked<T> Fail(string error) => new(null, error);
}
