using System.Net;
using MicroFuture.Bot.WebChat;
using MicroFuture.BotFramework;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Connector;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Tests.WebChat;

public sealed class DirectLineEnablementTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData(null, null, false, false)]
    [InlineData("app-id", null, null, false)]
    [InlineData("app-id", null, true, false)]
    [InlineData("app-id", "secret", null, true)]
    [InlineData("app-id", "secret", false, false)]
    public void IsEnabled_AppIdSecretAndOverride_OnlyLocalModeOrSecretTurnItOn(string? appId, string? secret, bool? enabled, bool expected)
    {
        // Arrange
        var options = new DirectLineOptions { Secret = secret, Enabled = enabled };

        // Act
        var actual = options.IsEnabled(new BotAuthOptions { MicrosoftAppId = appId });

        // Assert
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("http://[::]:3978", "http://127.0.0.1:3978/directline-connector/")]
    [InlineData("http://+:3978", "http://127.0.0.1:3978/directline-connector/")]
    [InlineData("http://bot.example.test:8080", "http://bot.example.test:8080/directline-connector/")]
    public void Value_WithAppId_IsTheBotsOwnAddressAndTrusted(string bound, string expected)
    {
        // Arrange: a registered bot, for which only learned or allowed service URLs are trusted
        var trust = new ServiceUrlTrust(Options.Create(new BotFrameworkOptions { AllowedServiceUrls = [] }), Options.Create(new BotAuthOptions { MicrosoftAppId = "app-id" }));
        var serviceUrl = new DirectLineServiceUrl(new BoundServer(bound), trust);
        var trustedBefore = trust.IsTrusted(expected);

        // Act
        var value = serviceUrl.Value;

        // Assert
        Assert.False(trustedBefore);
        Assert.Equal(expected, value);
        Assert.True(trust.IsTrusted(value));
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("::1", "::1", true)]
    [InlineData("192.0.2.10", "192.0.2.10", true)]
    [InlineData("192.0.2.77", "192.0.2.10", false)]
    public void ConnectorRoutes_Caller_OnlyThisMachineIsAccepted(string remote, string local, bool expected)
    {
        // Arrange
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        http.Connection.LocalIpAddress = IPAddress.Parse(local);

        // Act
        var accepted = DirectLineConnectorEndpoints.IsFromThisMachine(http.Connection);

        // Assert
        Assert.Equal(expected, accepted);
    }

    private sealed class BoundServer : IServer
    {
        public BoundServer(string address)
        {
            var addresses = new ServerAddressesFeature();
            addresses.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
