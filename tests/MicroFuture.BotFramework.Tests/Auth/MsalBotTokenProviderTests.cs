using MicroFuture.BotFramework.Auth;
using Microsoft.Extensions.Options;
using static MicroFuture.BotFramework.Tests.Auth.AuthTestValues;

namespace MicroFuture.BotFramework.Tests.Auth;

public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private TestIdentityServer _server = null!;

    public async Task InitializeAsync() => _server = await TestIdentityServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetTokenAsync_MultiTenant_AsksBotFrameworkTenantByClientCredentials()
    {
        var provider = CreateProvider();

        var token = await provider.GetTokenAsync(CancellationToken.None);

        var request = Assert.Single(_server.TokenRequests);
        Assert.Equal("access-token-1", token);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(AppId, request.Form["client_id"]);
        Assert.Equal(AppPassword, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_SingleTenant_AsksBotsOwnTenant()
    {
        var provider = CreateProvider(options =>
        {
            options.MicrosoftAppType = "SingleTenant";
            options.MicrosoftAppTenantId = BotTenant;
        });

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal($"/{BotTenant}/oauth2/v2.0/token", Assert.Single(_server.TokenRequests).Path);
    }

    [Fact]
    public async Task GetTokenAsync_CalledTwice_ReusesCachedToken()
    {
        var provider = CreateProvider();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_server.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_TokenAboutToExpire_FetchesNewOne()
    {
        // MSAL treats a token with less than 5 minutes left as expired and asks again.
        _server.TokenLifetimeSeconds = 120;
        var provider = CreateProvider();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, _server.TokenRequests.Count);
    }

    private MsalBotTokenProvider CreateProvider(Action<BotAuthOptions>? configure = null)
    {
        var options = new BotAuthOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = AppPassword,
            ToChannelFromBotLoginUrl = _server.LoginUrl,
        };
        configure?.Invoke(options);
        return new MsalBotTokenProvider(Options.Create(options), _server.CreateHttpClientFactory());
    }
}
