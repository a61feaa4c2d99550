namespace MicroFuture.Bot.Downloads;

/// <summary>A created download: the link to give the user and when it stops working.</summary>
/// <param name="Token">The unguessable part of the link (43 URL-safe base64 characters).</param>
/// <param name="FileName">The file name the browser saves (after removing characters a file name cannot hold).</param>
/// <param name="Path">The URL path, <c>/downloads/{token}/{fileName}</c> with the file name escaped.</param>
/// <param name="Url">The absolute link, on the public base URL.</param>
public sealed record DownloadLink(string Token, string FileName, string Path, Uri Url, DateTimeOffset ExpiresUtc);

/// <summary>A stored download found by its token and file name.</summary>
public sealed record StoredDownload(string FileName, string ContentType, string FilePath);
