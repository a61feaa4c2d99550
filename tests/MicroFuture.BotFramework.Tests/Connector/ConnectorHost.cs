using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.BotFramework.Tests.Connector;

/// <summary>The engine's real DI registration (token handler, retry pipeline), in local mode, over a loopback Connector.</summary>
internal sealed class ConnectorHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ConnectorHost(LoopbackConnector connector, ServiceProvider services)
    {
        Connector = connector;
        _services = services;
    }

    public LoopbackConnector Connector { get; }

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public ServiceUrlTrust Trust => _services.GetRequiredService<ServiceUrlTrust>();

    /// <param name="retryBaseDelay">Base delay of the retries; short so retried calls do not slow the tests.</param>
    public static async Task<ConnectorHost> StartAsync(string retryBaseDelay = "00:00:00.010")
    {
        var connector = await LoopbackConnector.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["BotFramework:ConnectorRetryBaseDelay"] = retryBaseDelay })
            .Build();
        var services = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();
        return new ConnectorHost(connector, services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
