using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static MicroFuture.BotFramework.Tests.Auth.AuthTestValues;

namespace MicroFuture.BotFramework.Tests.Auth;

/// <summary>
/// A minimal bot host with <c>AddBotFramework</c> and an app id: inbound tokens from the test identity server are
/// checked, and replies carry the token from its token endpoint.
/// </summary>
public sealed class AuthenticatedBotHostTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    [Fact]
    public async Task PostActivity_WithoutToken_Answers401()
    {
        await using var host = await StartBotAsync();

        using var response = await host.Client.PostAsync("/api/messages", Message());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_WithConnectorToken_RepliesWithBotTokenFromTokenEndpoint()
    {
        await using var host = await StartBotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Message() };
        var inbound = fixture.ChannelKey.Mint(new TokenSpec { ServiceUrl = fixture.Server.ConnectorServiceUrl });
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", inbound);

        using var response = await host.Client.SendAsync(request);
        var reply = await fixture.Server.NextConnectorCallAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/connector/v3/conversations/a:conversation-1/activities/activity-1", reply.Path);
        var issued = fixture.Server.TokenRequests.Last();
        Assert.Equal(AppId, issued.Form["client_id"]);
        Assert.Equal($"Bearer access-token-{fixture.Server.TokenRequests.Count}", reply.Authorization);
    }

    [Fact]
    public async Task PostActivity_LocalModeWithPlaygroundDummyToken_IsAcceptedAndReplyCarriesNoToken()
    {
        await using var host = await StartBotAsync(new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Message() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGF5Z3JvdW5kIn0.ZHVtbXk");

        using var response = await host.Client.SendAsync(request);
        var reply = await fixture.Server.NextConnectorCallAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("", reply.Authorization);
    }

    [Fact]
    public async Task StartAsync_UserAssignedManagedIdentity_FailsWithClearError()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => StartBotAsync(new() { ["MicrosoftAppType"] = "UserAssignedMSI" }));

        Assert.Contains("UserAssignedMSI is not supported", failure.Message, StringComparison.Ordinal);
    }

    private async Task<BotHost> StartBotAsync(Dictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["ToBotFromChannelOpenIdMetadataUrl"] = fixture.Server.ChannelMetadataUrl,
            ["ToBotFromEntraOpenIdMetadataUrl"] = fixture.Server.EntraMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = fixture.Server.LoginUrl,
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<IBot, PongBot>();
        // Test-only trust in the identity server's certificate, for auth calls and Connector calls alike.
        builder.Services.AddHttpClient(BotAuthHttp.ClientName).ConfigurePrimaryHttpMessageHandler(fixture.Server.Certificate.CreateTrustingHandler);
        builder.Services.AddHttpClient(BotFrameworkServiceCollectionExtensions.ConnectorHttpClient).ConfigurePrimaryHttpMessageHandler(fixture.Server.Certificate.CreateTrustingHandler);
        var app = builder.Build();
        app.MapBotEndpoints();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private StringContent Message() => new($$"""
        {"type":"message","id":"activity-1","channelId":"msteams","serviceUrl":"{{fixture.Server.ConnectorServiceUrl}}",
         "conversation":{"id":"a:conversation-1"},"from":{"id":"29:user-1"},"recipient":{"id":"28:bot-1"},"text":"ping"}
        """, Encoding.UTF8, "application/json");

    private sealed class PongBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.SendTextAsync("pong", cancellationToken);
    }

    private sealed class BotHost(WebApplication app, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client { get; } = client;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
