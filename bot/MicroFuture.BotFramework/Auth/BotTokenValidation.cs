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
