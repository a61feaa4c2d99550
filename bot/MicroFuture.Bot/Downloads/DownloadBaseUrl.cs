using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Downloads;

/// <summary>
/// The base of the links given to users: <c>Downloads:PublicBaseUrl</c> when set, else the address the bot listens
/// on (an https one first), with a wildcard host read as localhost.
/// </summary>
public sealed partial class DownloadBaseUrl(IOptions<DownloadOptions> options, IServer server, IConfiguration configuration)
{
    private const string LastResort = "http://localhost:5000";

    public Uri Get()
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return WithSlash(configured.Trim());
        }
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() is { Length: > 0 } addresses
            ? addresses
            : (configuration["Urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = listening.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ?? listening.FirstOrDefault()
            ?? LastResort;
        return WithSlash(WildcardHost().Replace(chosen, "://localhost"));
    }

    // A base ending in "/" keeps its path when the download path is resolved against it (https://host/bot/downloads/...).
    private static Uri WithSlash(string url) => new(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);

    [System.Text.RegularExpressions.GeneratedRegex(@"://(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)")]
    private static partial System.Text.RegularExpressions.Regex WildcardHost();
}
