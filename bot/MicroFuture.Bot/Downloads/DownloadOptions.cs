namespace MicroFuture.Bot.Downloads;

/// <summary>Download links for generated files: section <c>Downloads</c> of the configuration.</summary>
public sealed class DownloadOptions
{
    public const string SectionName = "Downloads";

    /// <summary>
    /// The bot's address as users' browsers reach it (e.g. the public https host in front of /api/messages).
    /// Empty: the address the bot listens on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a link works unless the caller asks for another lifetime.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
