using System.Net;
using MicroFuture.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.WebChat;

/// <summary>
/// The bot on real Kestrel at 127.0.0.1 (a random port): Direct Line activities carry the bot's own address as
/// <c>serviceUrl</c>, and the bot's replies travel back over real HTTP, which the in-memory test server cannot receive.
/// </summary>
public sealed class WebChatHost : IAsyncDisposable
{
    private readonly BotApplication _bot;

    private WebChatHost(BotApplication bot, Uri baseAddress)
    {
        _bot = bot;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>A plain client of the bot's address (no handlers: what a browser or DirectLineJS would send).</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _bot.Services;

    public static WebChatHost Start(IDictionary<string, string?>? settings = null)
    {
        var bot = new BotApplication(settings);
        bot.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        bot.StartServer();
        var address = bot.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebChatHost(bot, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _bot.DisposeAsync();
    }
}
