namespace MicroFuture.Bot.WebChat;

/// <summary>
/// <c>GET /</c>: the chat page (embedded in the assembly); <c>GET /webchat.js</c>: the Web Chat bundle that the
/// build fetched from npm and copied beside the program (see <c>MicroFuture.Bot.csproj</c>).
/// </summary>
public static class WebChatPage
{
    /// <summary>Where the build puts the bundle, relative to the program's folder.</summary>
    public static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "webchat", "webchat.js");

    private static readonly Lazy<byte[]> Page = new(LoadPage);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Bytes(Page.Value, "text/html; charset=utf-8"));
        endpoints.MapGet("/webchat.js", () => File.Exists(ScriptPath)
            ? Results.File(ScriptPath, "text/javascript; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(ScriptPath))
            : Results.Text("// Web Chat is not installed: install Node.js (with npm) and run `dotnet build` again.", "text/javascript", statusCode: StatusCodes.Status404NotFound));
    }

    private static byte[] LoadPage()
    {
        using var stream = typeof(WebChatPage).Assembly.GetManifestResourceStream("MicroFuture.Bot.WebChat.index.html")
            ?? throw new InvalidOperationException("The chat page is not embedded in the assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
