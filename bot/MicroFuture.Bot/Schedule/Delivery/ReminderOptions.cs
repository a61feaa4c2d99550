namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>Reminder delivery settings: configuration section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Sends per second into one conversation (Teams allows 7 per bot per thread).</summary>
    public double PerConversationPerSecond { get; set; } = 7;

    /// <summary>Sends per second overall (Teams allows 30 per app per tenant).</summary>
    public double GlobalPerSecond { get; set; } = 30;

    /// <summary>
    /// Share by which every rate window is stretched beyond Teams' own (0.1: 30 per 1.1 s instead of 30 per 1 s), so
    /// that sends which arrive closer together than they left (network jitter) still stay within Teams' limits.
    /// </summary>
    public double RateLimitMargin { get; set; } = 0.1;

    /// <summary>Recipients sent to at once during a fan-out.</summary>
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>Delivery attempts per recipient (throttled or failed sends are retried by a retry job).</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before retrying a throttled or failed send when the Connector gave no Retry-After.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A row claimed for sending but not marked sent after this long is taken to be from a crashed process and is
    /// retried once (longer than any send with its Connector retries and rate-limit waits).
    /// </summary>
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A reminder that fires this much after its planned time is logged as late.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Public base URL of the bot for the card's .ics link; empty = the first of <c>Urls</c>.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Zone of recipients who are in no partner organisation (and of channels).</summary>
    public string DefaultTimeZone { get; set; } = "Europe/Brussels";

    /// <summary>First line of the reminder card; {0} is the meeting title.</summary>
    public string CardTitle { get; set; } = "Reminder: {0}";
}
