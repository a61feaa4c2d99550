namespace MicroFuture.Bot.Downloads;

/// <summary>The JSON sidecar of a stored file. Holds the token's hash, never the token itself.</summary>
internal sealed class DownloadMetadata
{
    public string TokenHash { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string OwnerId { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }
}
