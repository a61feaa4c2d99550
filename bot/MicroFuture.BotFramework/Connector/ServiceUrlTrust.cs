using System.Collections.Concurrent;
using MicroFuture.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Connector;

/// <summary>
/// Which service URLs the bot may call (and send its token to): those that arrived on an authenticated
/// activity, those on the configured allow-list (prefixes), and in local mode any loopback URL.
/// Anything else is refused, so a forged activity cannot point the bot at another host.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotFrameworkOptions> options, IOptions<BotAuthOptions> auth)
{
    private readonly ConcurrentDictionary<string, byte> _learned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a service URL that came with an authenticated activity.</summary>
    public void Trust(string serviceUrl) => _learned.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }
        var normalized = Normalize(serviceUrl);
        if (_learned.ContainsKey(normalized))
        {
            return true;
        }
        var allowed = options.Value.AllowedServiceUrls is { Count: > 0 } configured ? configured : BotFrameworkOptions.DefaultAllowedServiceUrls;
        if (allowed.Any(prefix => normalized.StartsWith(Normalize(prefix), StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        return auth.Value.IsLocalMode && uri.IsLoopback;
    }

    private static string Normalize(string url) => url.Trim().TrimEnd('/') + "/";
}
