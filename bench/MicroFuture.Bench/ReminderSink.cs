using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MicroFuture.Bench;

/// <summary>One proactive post as it reached the stand-in: the conversation (from the URL), the card's heading, and when.</summary>
internal readonly record struct ArrivedReminder(string ConversationId, string Heading, DateTimeOffset ArrivedUtc);

/// <summary>
/// Stands in for the Bot Connector on 127.0.0.1 for proactive sends: answers every post 201 and records each one
/// (per conversation, with its arrival time) so duplicates, losses, lateness and send rates can be counted.
/// <see cref="AllArrived"/> completes when the expected number of posts is in.
/// </summary>
internal sealed class ReminderSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ArrivedReminder> _arrived = new();
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _expected;
    private long _ids;

    private ReminderSink(WebApplication app, int expected)
    {
        _app = app;
        _expected = expected;
    }

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyCollection<ArrivedReminder> Arrived => _arrived;

    public Task AllArrived => _allArrived.Task;

    public static async Task<ReminderSink> StartAsync(int expected)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReminderSink(app, expected);
        app.MapPost("/v3/conversations/{conversationId}/activities", sink.HandleAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return sink;
    }

    private async Task HandleAsync(HttpContext http, string conversationId)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var arrived = DateTimeOffset.UtcNow;
        var heading = body.RootElement.TryGetProperty("summary", out var summary) ? summary.GetString() ?? "" : "";
        _arrived.Enqueue(new ArrivedReminder(conversationId, heading, arrived));
        if (_arrived.Count >= _expected)
        {
            _allArrived.TrySetResult();
        }
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { id = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
