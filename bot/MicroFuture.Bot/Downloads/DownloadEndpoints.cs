namespace MicroFuture.Bot.Downloads;

/// <summary><c>GET /downloads/{token}/{fileName}</c>: the stored bytes as an attachment, or 404.</summary>
internal static class DownloadEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(DownloadStore.RoutePrefix + "/{token}/{fileName}", ServeAsync);

    private static async Task<IResult> ServeAsync(string token, string fileName, HttpContext http, DownloadStore store)
    {
        var download = await store.FindAsync(token, fileName, http.RequestAborted);
        if (download is null)
        {
            return Results.NotFound();
        }
        // The link is the only credential: keep it out of caches and stop browsers guessing another type.
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // The file download name sets Content-Disposition: attachment with filename and, for non-ASCII, filename* (RFC 6266).
        return Results.File(download.FilePath, download.ContentType, download.FileName);
    }
}
