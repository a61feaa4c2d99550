using MicroFuture.Bot.Hosting;
using MicroFuture.BotFramework.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MicroFuture.Bench;

/// <summary>The real bot host (AddMicroFuture / MapMicroFuture on Kestrel) on a free loopback port, with its own data directory.</summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _dataDirectory;

    private InProcessBot(WebApplication app, DirectoryInfo dataDirectory)
    {
        _app = app;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The storage the bot really resolved (so a figure never claims SQLite when it ran on memory).</summary>
    public string StorageType => _app.Services.GetRequiredService<IStorage>().GetType().Name;

    /// <summary>Base address of the bot, ending in a slash.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The bot's services (the reminders mode plans meetings and stores conversations through them).</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="settings">More configuration that wins over the defaults here (e.g. <c>Reminders:GlobalPerSecond</c>).</param>
    public static async Task<InProcessBot> StartAsync(string storage, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("microfuture-bench-");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.AddMicroFuture();
        // Added after the bot's own file, so these win: loopback only, a throw-away database, quiet logs.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["DataDirectory"] = dataDirectory.FullName,
            ["Storage:Provider"] = storage,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:MicroFuture.BotFramework.Hosting.LocalModeNotice"] = "None",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var app = builder.Build();
        app.MapMicroFuture();
        await app.StartAsync();
        var bot = new InProcessBot(app, dataDirectory)
        {
            BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/",
        };
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dataDirectory.Delete(recursive: true);
    }
}
