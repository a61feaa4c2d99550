using System.Text;
using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroFuture.BotFramework.Tests.Hosting;

/// <summary>
/// The smallest real host of the engine: <c>AddBotFramework</c> + a test <see cref="IBot"/> + <c>MapBotEndpoints</c>,
/// on Kestrel at 127.0.0.1, replying to a <see cref="LoopbackConnector"/>.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EngineHost(WebApplication app, LoopbackConnector connector, HttpClient client)
    {
        _app = app;
        Connector = connector;
        Client = client;
    }

    public LoopbackConnector Connector { get; }

    public HttpClient Client { get; }

    public static async Task<EngineHost> StartAsync(IBot bot, IDictionary<string, string?>? settings = null)
    {
        var connector = await LoopbackConnector.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton(bot);
        var app = builder.Build();
        app.MapBotEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EngineHost(app, connector, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>Posts an activity (JSON text) to <c>/api/messages</c>.</summary>
    public Task<HttpResponseMessage> PostAsync(string activityJson) =>
        Client.PostAsync("/api/messages", new StringContent(activityJson, Encoding.UTF8, "application/json"));

    /// <summary>Stops the host the way a shutdown does (hosted services first get their StopAsync).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
