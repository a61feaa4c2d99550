namespace MicroFuture.BotFramework;

/// <summary>Engine settings, section <c>BotFramework</c> of the configuration.</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Largest accepted activity body; larger requests get 413. Teams messages stay well under 100 KB.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The allow-list used when none is configured: Teams' public-cloud Connector.</summary>
    public static IReadOnlyList<string> DefaultAllowedServiceUrls { get; } = ["https://smba.trafficmanager.net/"];

    /// <summary>
    /// Service URL prefixes the bot may always call (besides those learned from authenticated activities).
    /// Empty = <see cref="DefaultAllowedServiceUrls"/>; a configured list replaces the default (the configuration
    /// binder appends to a pre-filled list, so the default cannot live here).
    /// </summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    /// <summary>Turns waiting for a worker; when full, new activities get 503 with Retry-After.</summary>
    public int TurnQueueCapacity { get; set; } = 1000;

    /// <summary>Turns processed at once (turns of one conversation always run one after another).</summary>
    public int MaxConcurrentTurns { get; set; } = 32;

    /// <summary>How long an activity id is remembered to drop redeliveries (Teams re-sends after 15 s).</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// First delay of the Connector retries (exponential with jitter, 3 retries) for 412/502/503/504 and a 429
    /// without Retry-After; a Retry-After header always wins. Tests shorten it.
    /// </summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
