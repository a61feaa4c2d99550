using System.Net.Http.Headers;
using System.Security.Claims;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MicroFuture.BotFramework.Auth;

/// <summary>
/// Validates the Bot Connector's (or Entra's) JWT on an inbound activity: Bearer scheme, issuer, audience = our app id,
/// lifetime with 5 minutes of skew, an RS256/384/512 signature by a published key, the key's endorsement of the
/// activity's channel (Bot Connector tokens) and the <c>serviceurl</c> claim against the activity.
/// </summary>
public sealed class JwtChannelAuthenticator : IChannelAuthenticator
{
    /// <summary>Authentication type of the identities this authenticator returns.</summary>
    public const string AuthenticationType = "Bearer";

    // Claims keep their JWT names (serviceurl, appid, ...): JsonWebTokenHandler does not map them by default.
    private static readonly JsonWebTokenHandler Handler = new();
    private readonly BotAuthOptions _options;
    private readonly SigningKeyMetadata _channelKeys;
    private readonly SigningKeyMetadata _entraKeys;
    private readonly string[] _entraIssuers;

    public JwtChannelAuthenticator(IOptions<BotAuthOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        _options = options.Value;
        if (_options.IsLocalMode)
        {
            throw new InvalidOperationException("JWT validation needs MicrosoftAppId.");
        }
        var metadataRetriever = new FactoryDocumentRetriever(httpClients);
        _channelKeys = new SigningKeyMetadata(_options.ToBotFromChannelOpenIdMetadataUrl, metadataRetriever, time);
        _entraKeys = new SigningKeyMetadata(_options.ToBotFromEntraOpenIdMetadataUrl, metadataRetriever, time);
        _entraIssuers = EntraIssuers.For(_options.MicrosoftAppTenantId);
    }

    public async Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var token = ReadBearerToken(authorizationHeader);
        // Route by the (not yet trusted) issuer: it only picks which keys and issuers the token must then satisfy.
        var fromConnector = string.Equals(token.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal);
        var keys = fromConnector ? _channelKeys : _entraKeys;
        string[] issuers = fromConnector ? [_options.ToBotFromChannelTokenIssuer] : _entraIssuers;

        var metadata = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = await ValidateAsync(token, metadata, issuers).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await keys.RefreshAsync(metadata, cancellationToken).ConfigureAwait(false) is { } fresh)
        {
            metadata = fresh;
            result = await ValidateAsync(token, metadata, issuers).ConfigureAwait(false);
        }
        if (!result.IsValid)
        {
            // IdentityModel's messages say which check failed and hide token contents (PII logging is off by default).
            throw new BotAuthenticationException($"Invalid token: {result.Exception?.Message ?? "rejected"}");
        }
        if (fromConnector)
        {
            RequireEndorsement(metadata, result.SecurityToken, activity.ChannelId);
        }
        RequireServiceUrl(result.ClaimsIdentity, activity.ServiceUrl);
        return new ClaimsIdentity(result.ClaimsIdentity.Claims, AuthenticationType);
    }

    private static JsonWebToken ReadBearerToken(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            throw new BotAuthenticationException("No Authorization header.");
        }
        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            throw new BotAuthenticationException("The Authorization header is not a Bearer token.");
        }
        JsonWebToken token;
        try
        {
            token = Handler.ReadJsonWebToken(header.Parameter);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            throw new BotAuthenticationException("The bearer token is not a JWT.");
        }
        // Checked before any key lookup so that tokens in other algorithms cannot trigger metadata refreshes.
        if (!BotTokenValidation.AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            throw new BotAuthenticationException($"Signing algorithm '{token.Alg}' is not allowed.");
        }
        return token;
    }

    private Task<TokenValidationResult> ValidateAsync(JsonWebToken token, OpenIdConnectConfiguration metadata, string[] issuers) =>
        Handler.ValidateTokenAsync(token, BotTokenValidation.Parameters(issuers, _options.MicrosoftAppId!, metadata.SigningKeys));

    private static void RequireEndorsement(OpenIdConnectConfiguration metadata, SecurityToken token, string? channelId)
    {
        var keyId = token.SigningKey?.KeyId;
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (string.IsNullOrEmpty(channelId) || key is null || !KeyEndorsements.Of(key).Contains(channelId, StringComparer.Ordinal))
        {
            throw new BotAuthenticationException($"The signing key is not endorsed for channel '{channelId}'.");
        }
    }

    private static void RequireServiceUrl(ClaimsIdentity identity, string? serviceUrl)
    {
        var claimed = identity.FindFirst(BotTokenValidation.ServiceUrlClaim)?.Value;
        if (claimed is null || serviceUrl is null
            || !string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            throw new BotAuthenticationException("The token's serviceurl claim does not match the activity.");
        }
    }
}
