using System.Security.Claims;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using static MicroFuture.BotFramework.Tests.Auth.AuthTestValues;

namespace MicroFuture.BotFramework.Tests.Auth;

public sealed class JwtChannelAuthenticatorTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    private static readonly TokenSpec Valid = new();

    [Fact]
    public async Task AuthenticateAsync_ValidConnectorToken_ReturnsAuthenticatedIdentity()
    {
        var identity = await AuthenticateAsync(Bearer(fixture.ChannelKey.Mint(Valid)));

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(JwtChannelAuthenticator.AuthenticationType, identity.AuthenticationType);
        Assert.Equal(AppId, identity.FindFirst("aud")?.Value);
        Assert.Equal(ServiceUrl, identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_Rs512Token_IsAccepted()
    {
        var identity = await AuthenticateAsync(Bearer(fixture.ChannelKey.Mint(Valid, SecurityAlgorithms.RsaSha512)));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_NoHeader_Throws() =>
        await RejectsAsync(null);

    [Fact]
    public async Task AuthenticateAsync_BasicScheme_Throws() =>
        await RejectsAsync("Basic " + fixture.ChannelKey.Mint(Valid));

    [Fact]
    public async Task AuthenticateAsync_GarbageToken_Throws() =>
        await RejectsAsync("Bearer not.a-jwt");

    [Fact]
    public async Task AuthenticateAsync_SignedByOtherKeyUnderPublishedKid_Throws()
    {
        using var impostor = new TestSigningKey(fixture.ChannelKey.KeyId);

        await RejectsAsync(Bearer(impostor.Mint(Valid)));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKid_Throws()
    {
        using var unpublished = new TestSigningKey();

        await RejectsAsync(Bearer(unpublished.Mint(Valid)));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownIssuerWithPublishedKey_Throws() =>
        await RejectsAsync(Bearer(fixture.EntraKey.Mint(Valid with { Issuer = "https://issuer.invalid/" })));

    [Fact]
    public async Task AuthenticateAsync_ConnectorIssuerSignedByEntraKey_Throws() =>
        await RejectsAsync(Bearer(fixture.EntraKey.Mint(Valid)));

    [Fact]
    public async Task AuthenticateAsync_OtherAudience_Throws() =>
        await RejectsAsync(Bearer(fixture.ChannelKey.Mint(Valid with { Audience = "00000000-0000-0000-0000-0000000000ff" })));

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondSkew_Throws() =>
        await RejectsAsync(Bearer(fixture.ChannelKey.Mint(Valid with { NotBefore = TimeSpan.FromHours(-2), Expires = TimeSpan.FromMinutes(-6) })));

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinSkew_IsAccepted()
    {
        var identity = await AuthenticateAsync(Bearer(fixture.ChannelKey.Mint(Valid with { NotBefore = TimeSpan.FromHours(-2), Expires = TimeSpan.FromMinutes(-4) })));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidBeyondSkew_Throws() =>
        await RejectsAsync(Bearer(fixture.ChannelKey.Mint(Valid with { NotBefore = TimeSpan.FromMinutes(6) })));

    [Fact]
    public async Task AuthenticateAsync_NotBeforeWithinSkew_IsAccepted()
    {
        var identity = await AuthenticateAsync(Bearer(fixture.ChannelKey.Mint(Valid with { NotBefore = TimeSpan.FromMinutes(4) })));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlClaimForOtherHost_Throws() =>
        await RejectsAsync(Bearer(fixture.ChannelKey.Mint(Valid)), Message(serviceUrl: "https://attacker.invalid/emea/"));

    [Fact]
    public async Task AuthenticateAsync_NoServiceUrlClaim_Throws() =>
        await RejectsAsync(Bearer(fixture.ChannelKey.Mint(Valid with { ServiceUrl = null })));

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersInCaseAndTrailingSlash_IsAccepted()
    {
        var identity = await AuthenticateAsync(
            Bearer(fixture.ChannelKey.Mint(Valid with { ServiceUrl = "https://SMBA.trafficmanager.net/emea" })),
            Message(serviceUrl: "https://smba.trafficmanager.net/EMEA/"));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Throws() =>
        await RejectsAsync(Bearer(fixture.ChannelKey.Mint(Valid)), Message(channelId: "webchat"));

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_Throws() =>
        await RejectsAsync(Bearer(fixture.UnendorsedKey.Mint(Valid)));

    [Fact]
    public async Task AuthenticateAsync_Hs256SignedUnderPublishedKid_Throws()
    {
        var symmetric = new SymmetricSecurityKey(new byte[32]) { KeyId = fixture.ChannelKey.KeyId };

        await RejectsAsync(Bearer(TestSigningKey.MintWith(Valid, new SigningCredentials(symmetric, SecurityAlgorithms.HmacSha256))));
    }

    [Fact]
    public async Task AuthenticateAsync_UnsignedAlgNoneToken_Throws() =>
        await RejectsAsync(Bearer(TestSigningKey.MintWith(Valid, null)));

    [Fact]
    public async Task AuthenticateAsync_PlaygroundDummyToken_Throws()
    {
        // The Agents Playground's stand-in token: HS256 under a well-known secret, no key id.
        var dummySecret = new SymmetricSecurityKey("agents-playground-dummy-secret-0123456789"u8.ToArray());

        await RejectsAsync(Bearer(TestSigningKey.MintWith(Valid, new SigningCredentials(dummySecret, SecurityAlgorithms.HmacSha256))));
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromBotsOwnTenant_IsAccepted()
    {
        var authenticator = CreateAuthenticator(SingleTenant);

        var identity = await authenticator.AuthenticateAsync(
            Bearer(fixture.EntraKey.Mint(Valid with { Issuer = $"https://login.microsoftonline.com/{BotTenant}/v2.0" })), Message(), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraV1TokenFromBotServiceTenant_IsAccepted()
    {
        var identity = await AuthenticateAsync(Bearer(fixture.EntraKey.Mint(Valid with { Issuer = $"https://sts.windows.net/{BotServiceTenant}/" })));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromOtherTenant_Throws()
    {
        var authenticator = CreateAuthenticator(SingleTenant);
        var token = fixture.EntraKey.Mint(Valid with { Issuer = $"https://login.microsoftonline.com/{OtherTenant}/v2.0" });

        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(Bearer(token), Message(), CancellationToken.None));
    }

    [Fact]
    public async Task AuthenticateAsync_KeyPublishedAfterStart_IsAcceptedAfterRefresh()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(Bearer(fixture.ChannelKey.Mint(Valid)), Message(), CancellationToken.None);
        using var rotated = new TestSigningKey();
        fixture.Server.PublishChannelKey(rotated, "msteams");

        var identity = await authenticator.AuthenticateAsync(Bearer(rotated.Mint(Valid)), Message(), CancellationToken.None);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidsWithinFiveMinutes_DownloadKeysOnlyOnceMore()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var authenticator = CreateAuthenticator(time: time);
        await authenticator.AuthenticateAsync(Bearer(fixture.ChannelKey.Mint(Valid)), Message(), CancellationToken.None);
        var downloadsAfterStart = fixture.Server.ChannelKeyDownloads;
        using var unknown = new TestSigningKey();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(Bearer(unknown.Mint(Valid)), Message(), CancellationToken.None));
        }
        var downloadsAfterFlood = fixture.Server.ChannelKeyDownloads;
        time.Advance(SigningKeyMetadataWindow);
        await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(Bearer(unknown.Mint(Valid)), Message(), CancellationToken.None));

        Assert.Equal(downloadsAfterStart + 1, downloadsAfterFlood);
        Assert.Equal(downloadsAfterFlood + 1, fixture.Server.ChannelKeyDownloads);
    }

    private static readonly TimeSpan SigningKeyMetadataWindow = TimeSpan.FromMinutes(5);

    private static void SingleTenant(BotAuthOptions options)
    {
        options.MicrosoftAppType = "SingleTenant";
        options.MicrosoftAppTenantId = BotTenant;
    }

    private JwtChannelAuthenticator CreateAuthenticator(Action<BotAuthOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new BotAuthOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = AppPassword,
            ToBotFromChannelOpenIdMetadataUrl = fixture.Server.ChannelMetadataUrl,
            ToBotFromEntraOpenIdMetadataUrl = fixture.Server.EntraMetadataUrl,
        };
        configure?.Invoke(options);
        return new JwtChannelAuthenticator(Options.Create(options), fixture.Server.CreateHttpClientFactory(), time ?? TimeProvider.System);
    }

    private Task<ClaimsIdentity> AuthenticateAsync(string? header, Activity? activity = null) =>
        CreateAuthenticator().AuthenticateAsync(header, activity ?? Message(), CancellationToken.None);

    private async Task RejectsAsync(string? header, Activity? activity = null) =>
        await Assert.ThrowsAsync<BotAuthenticationException>(() => AuthenticateAsync(header, activity));

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity Message(string channelId = "msteams", string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "hello",
    };
}
