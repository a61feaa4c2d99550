using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace MicroFuture.BotFramework.Auth;

/// <summary>
/// The bot's outbound token by client credentials (app id + secret) through MSAL, which caches it in memory and
/// renews it before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalBotTokenProvider(IOptions<BotAuthOptions> options, IHttpClientFactory httpClients)
    {
        var auth = options.Value;
        _scopes = [BotTokenRequest.Scope(auth)];
        _app = ConfidentialClientApplicationBuilder.Create(auth.MicrosoftAppId)
            .WithClientSecret(auth.MicrosoftAppPassword)
            // The login URL is configuration (sovereign clouds, tests): use it as given, without asking Microsoft about it.
            .WithAuthority(BotTokenRequest.Authority(auth), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new FactoryMsalHttpClient(httpClients))
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}

/// <summary>Where and for what the bot asks for its outbound token.</summary>
internal static class BotTokenRequest
{
    /// <summary>Tenant of multi-tenant bots' outbound tokens.</summary>
    public const string DefaultTenant = "botframework.com";

    /// <summary>
    /// The login URL's authority: a single-tenant bot's tenant replaces the URL's tenant; a URL without a tenant
    /// gets one appended.
    /// </summary>
    public static string Authority(BotAuthOptions options)
    {
        var login = new Uri(options.ToChannelFromBotLoginUrl);
        var path = login.AbsolutePath.TrimEnd('/');
        var slash = path.LastIndexOf('/');
        var (basePath, urlTenant) = slash < 0 ? ("", DefaultTenant) : (path[..slash], path[(slash + 1)..]);
        var tenant = options.IsSingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? options.MicrosoftAppTenantId.Trim() : urlTenant;
        return $"{login.GetLeftPart(UriPartial.Authority)}{basePath}/{tenant}";
    }

    public static string Scope(BotAuthOptions options) => options.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
}
