using MicroFuture.BotFramework.Connector;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MicroFuture.Bot.WebChat;

/// <summary>
/// The <c>serviceUrl</c> put on Direct Line activities: this bot's own listening address plus
/// <see cref="Prefix"/>, where <see cref="DirectLineConnectorEndpoints"/> play the Connector. It comes from the
/// server's bound addresses, never from a request's Host header (which a client could point anywhere), and is
/// trusted explicitly so the bot may call it with an app id configured too.
/// </summary>
public sealed class DirectLineServiceUrl(IServer server, ServiceUrlTrust trust)
{
    /// <summary>Path under which the bot-facing Connector routes live.</summary>
    public const string Prefix = "/directline-connector";

    private string? _value;

    public string Value => _value ??= Resolve();

    private string Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain HTTP first: the bot calls itself, and a development certificate need not be trusted for that.
        var address = addresses
            .OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no bound address yet.");
        var serviceUrl = ToReachable(address).TrimEnd('/') + Prefix + "/";
        trust.Trust(serviceUrl);
        return serviceUrl;
    }

    // "http://+:3978", "http://*:3978", "http://0.0.0.0:3978" and "http://[::]:3978" listen on every interface,
    // loopback included; a client needs a concrete host.
    private static string ToReachable(string address)
    {
        var schemeEnd = address.IndexOf("://", StringComparison.Ordinal) + 3;
        var hostEnd = address.LastIndexOf(':');
        if (schemeEnd < 3 || hostEnd < schemeEnd)
        {
            return address;
        }
        var host = address[schemeEnd..hostEnd];
        return host is "+" or "*" or "0.0.0.0" or "[::]"
            ? address[..schemeEnd] + "127.0.0.1" + address[hostEnd..]
            : address;
    }
}
