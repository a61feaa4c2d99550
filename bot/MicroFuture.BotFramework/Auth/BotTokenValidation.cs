using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace MicroFuture.BotFramework.Auth;

/// <summary>The fixed rules every inbound token is checked against (Bot Framework SDK values).</summary>
internal static class BotTokenValidation
{
    public const string ServiceUrlClaim = "serviceurl";

    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static TokenValidationParameters Parameters(IEnumerable<string> issuers, string audience, IEnumerable<SecurityKey> signingKeys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = signingKeys,
        ValidAlgorithms = AllowedAlgorithms,
    };
}

/// <summary>Issuers of Entra-issued tokens for a bot (the Bot Service's tenant, plus the bot's own when single-tenant).</summary>
internal static class EntraIssuers
{
    /// <summary>Tenant of the Azure Bot Service, which issues the Entra tokens of multi-tenant bots.</summary>
    public const string BotServiceTenant = "69e9b82d-4842-4902-8d1e-abc5b98a55e8";

    public static string[] For(string? botTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(botTenantId) ? [BotServiceTenant] : new[] { BotServiceTenant, botTenantId.Trim() };
        return [.. tenants.SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })];
    }
}

/// <summary>Reads the Bot Connector's <c>endorsements</c> (channel ids a key may sign for) from a JWKS key.</summary>
internal static class KeyEndorsements
{
    public const string Member = "endorsements";

    public static IReadOnlyList<string> Of(JsonWebKey key) =>
        key.AdditionalData.TryGetValue(Member, out var value) ? Strings(value) : [];

    private static string[] Strings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        string single => [single],
        IEnumerable<object> items => [.. items.OfType<object>().Select(item => item is JsonElement element ? element.ToString() : item.ToString() ?? "")],
        _ => [],
    };
}
