namespace MicroFuture.BotFramework.Auth;

/// <summary>
/// The Bot Framework's own configuration keys, read from the root of the configuration
/// (the same names the Bot Framework SDKs and Azure Bot Service templates use).
/// </summary>
public sealed class BotAuthOptions
{
    /// <summary>Azure Bot's Microsoft App (client) id. Empty = local mode: no inbound auth, no outbound token.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret of the app registration (from the environment or user secrets, never committed).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Tenant of a single-tenant bot; empty for multi-tenant.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>OpenID metadata of the Bot Connector's tokens.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of the Bot Connector's tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Authority the bot asks for its outbound token; the tenant is appended unless the URL already names one.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";

    /// <summary>Scope of the outbound token.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata of Entra-issued tokens (newer channels, single-tenant bots).</summary>
    public string ToBotFromEntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Whether the bot runs without authentication (no app id configured).</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Whether the bot is registered as single-tenant.</summary>
    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
}
