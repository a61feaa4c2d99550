using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Tests.Connector;

public sealed class ServiceUrlTrustTests
{
    private static ServiceUrlTrust Create(bool localMode, params string[] allowed) => new(
        Options.Create(new BotFrameworkOptions { AllowedServiceUrls = [.. allowed] }),
        Options.Create(new BotAuthOptions { MicrosoftAppId = localMode ? "" : "00000000-0000-0000-0000-0000000000aa" }));

    [Theory]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("https://example.org/", false)]
    [InlineData("http://10.0.0.1/", false)]
    [InlineData("ftp://127.0.0.1/", false)]
    public void LocalMode_TrustsLoopbackOnly(string serviceUrl, bool trusted)
    {
        // Arrange
        var trust = Create(localMode: true);

        // Act / Assert
        Assert.Equal(trusted, trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public void AuthenticatedMode_DoesNotTrustLoopback()
    {
        // Arrange
        var trust = Create(localMode: false);

        // Act / Assert
        Assert.False(trust.IsTrusted("http://127.0.0.1:5000/"));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/amer", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net", true)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://example.org/bots/teams/", true)]
    [InlineData("https://example.org/botsevil/", false)]
    [InlineData("https://example.org/", false)]
    public void AllowList_MatchesByPrefix(string serviceUrl, bool trusted)
    {
        // Arrange
        var trust = Create(localMode: false, "https://smba.trafficmanager.net/", "https://example.org/bots");

        // Act / Assert
        Assert.Equal(trusted, trust.IsTrusted(serviceUrl));
    }

    [Fact]
    public void Learned_ServiceUrlOfAuthenticatedActivity_IsTrustedWithOrWithoutSlash()
    {
        // Arrange
        var trust = Create(localMode: false);

        // Act
        trust.Trust("https://emea.ng.msg.teams.microsoft.com/");

        // Assert
        Assert.True(trust.IsTrusted("https://emea.ng.msg.teams.microsoft.com"));
        Assert.False(trust.IsTrusted("https://emea.ng.msg.teams.microsoft.com.attacker.example/"));
    }
}
