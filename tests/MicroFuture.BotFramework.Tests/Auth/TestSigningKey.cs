using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MicroFuture.BotFramework.Tests.Auth;

/// <summary>What a test token says; defaults describe a valid Bot Connector token for <see cref="AuthTestValues"/>.</summary>
public sealed record TokenSpec
{
    public string Issuer { get; init; } = AuthTestValues.ConnectorIssuer;
    public string Audience { get; init; } = AuthTestValues.AppId;
    public string? ServiceUrl { get; init; } = AuthTestValues.ServiceUrl;
    public TimeSpan NotBefore { get; init; } = TimeSpan.FromMinutes(-1);
    public TimeSpan Expires { get; init; } = TimeSpan.FromHours(1);
}

/// <summary>Values shared by the auth tests.</summary>
public static class AuthTestValues
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b1";
    public const string AppPassword = "test-secret-value";
    public const string BotTenant = "00000000-0000-0000-0000-0000000000a1";
    public const string OtherTenant = "00000000-0000-0000-0000-0000000000a2";
    public const string BotServiceTenant = "69e9b82d-4842-4902-8d1e-abc5b98a55e8";
    public const string ConnectorIssuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
}

/// <summary>An RSA signing key with a key id: publishes as a JWK, signs real tokens.</summary>
public sealed class TestSigningKey : IDisposable
{
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string? keyId = null) => KeyId = keyId ?? Guid.NewGuid().ToString("N");

    public string KeyId { get; }

    /// <summary>The public key as a JWKS entry, with the Bot Connector's <c>endorsements</c> when given.</summary>
    public Dictionary<string, object> ToJwk(IReadOnlyList<string>? endorsements)
    {
        var parameters = _rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }
        return jwk;
    }

    public string Mint(TokenSpec spec, string algorithm = SecurityAlgorithms.RsaSha256) =>
        MintWith(spec, new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm));

    /// <summary>Signs with any credentials (null = an unsigned <c>alg: none</c> token).</summary>
    public static string MintWith(TokenSpec spec, SigningCredentials? credentials)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            IssuedAt = now + spec.NotBefore,
            NotBefore = now + spec.NotBefore,
            Expires = now + spec.Expires,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    public void Dispose() => _rsa.Dispose();
}
