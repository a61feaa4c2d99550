using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using MicroFuture.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MicroFuture.Testing;

/// <summary>One request the bot made to the loopback Connector.</summary>
public sealed record ConnectorRequest(string Method, string Path, string RawPath, string? Authorization, string Body)
{
    /// <summary>When the connector received it (to measure retry delays).</summary>
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;

    public Activity? Activity => Body.Length == 0 ? null : JsonSerializer.Deserialize<Activity>(Body, ProtocolJson.Options);
}

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for the Bot Connector: records every request the bot sends and
/// answers 201 <c>{"id":...}</c> unless a test queues other responses. Tests await requests; no sleeps.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ConnectorRequest> _requests = Channel.CreateUnbounded<ConnectorRequest>();
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _scripted = new();
    private readonly ConcurrentBag<ConnectorRequest> _all = [];
    private int _ids;

    private LoopbackConnector(WebApplication app) => _app = app;

    /// <summary>The service URL to put in inbound activities.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every request received so far.</summary>
    public IReadOnlyCollection<ConnectorRequest> All => _all;

    /// <summary>Every Adaptive Card the bot sent so far (in any request body), with where it was found.</summary>
    public IReadOnlyList<SentCard> SentCards => [.. _all.OrderBy(r => r.ReceivedAt).SelectMany(SentCard.FoundIn)];

    /// <summary>
    /// Fails unless at least one Adaptive Card was sent and every card sent so far is valid Adaptive Cards 1.5
    /// (<see cref="AdaptiveCardValidator"/>); the message lists each invalid card's errors. Returns how many were checked.
    /// </summary>
    public int AssertAllCardsValid()
    {
        var cards = SentCards;
        if (cards.Count == 0)
        {
            throw new InvalidCardException("The bot sent no Adaptive Card to the connector, so none could be checked.");
        }
        var problems = cards
            .Select(card => (card, Errors: AdaptiveCardValidator.Default.Validate(card.Content)))
            .Where(checkedCard => checkedCard.Errors.Count > 0)
            .Select(checkedCard => $"{checkedCard.card.Request.Method} {checkedCard.card.Request.Path}:\n  " + string.Join("\n  ", checkedCard.Errors))
            .ToList();
        return problems.Count == 0
            ? cards.Count
            : throw new InvalidCardException($"{problems.Count} of {cards.Count} Adaptive Card(s) sent are not valid Adaptive Cards 1.5:\n" + string.Join("\n", problems));
    }

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    /// <summary>Queues a response for the next request (e.g. a 429 with Retry-After); later requests get the default.</summary>
    public void Enqueue(int status, string body = "", IDictionary<string, string>? headers = null) =>
        _scripted.Enqueue(async response =>
        {
            response.StatusCode = status;
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }
            if (body.Length > 0)
            {
                response.ContentType = "application/json";
                await response.WriteAsync(body);
            }
        });

    /// <summary>The next request, or a failure after <paramref name="timeout"/> (default 10 s).</summary>
    public async Task<ConnectorRequest> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _requests.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The bot sent nothing to the connector in time.");
        }
    }

    /// <summary>
    /// The next activity the bot sent that <paramref name="match"/> accepts; requests without an activity and
    /// activities it rejects are skipped. Each wait for a request fails after <paramref name="timeout"/> as in <see cref="NextAsync"/>.
    /// </summary>
    public async Task<Activity> NextActivityAsync(Func<Activity, bool> match, TimeSpan? timeout = null)
    {
        while (true)
        {
            if ((await NextAsync(timeout)).Activity is { } activity && match(activity))
            {
                return activity;
            }
        }
    }

    /// <summary>True when no request arrives within <paramref name="wait"/> (for "the bot stays silent").</summary>
    public async Task<bool> StaysSilentAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            await _requests.Reader.WaitToReadAsync(cts.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new ConnectorRequest(
            http.Request.Method,
            http.Request.Path.Value ?? "",
            http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? "",
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            body);
        _all.Add(request);
        if (_scripted.TryDequeue(out var scripted))
        {
            await scripted(http.Response);
        }
        else
        {
            http.Response.StatusCode = http.Request.Method == "POST" ? 201 : 200;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($"{{\"id\":\"{Interlocked.Increment(ref _ids)}\"}}");
        }
        _requests.Writer.TryWrite(request);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
