using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.BotFramework.Tests.Connector;

/// <summary>What <c>AddBotFramework</c> wires for outbound calls, read through the real configuration binding.</summary>
public sealed class ConnectorRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddBotFramework(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void AllowedServiceUrls_NotConfigured_TrustsTeams()
    {
        // Arrange
        using var services = Build(new() { ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000aa", ["MicrosoftAppPassword"] = "test-secret" });

        // Act
        var trust = services.GetRequiredService<ServiceUrlTrust>();

        // Assert
        Assert.True(trust.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void AllowedServiceUrls_Configured_ReplaceTheDefault()
    {
        // Arrange: a sovereign-cloud bot that must call only its own cloud's Connector.
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000aa",
            ["MicrosoftAppPassword"] = "test-secret",
            ["BotFramework:AllowedServiceUrls:0"] = "https://smba.infra.gcc.teams.microsoft.com/",
        });

        // Act
        var trust = services.GetRequiredService<ServiceUrlTrust>();

        // Assert
        Assert.True(trust.IsTrusted("https://smba.infra.gcc.teams.microsoft.com/gcc/"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }
}
