using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MicroFuture.Bench;

/// <summary>A reply as it reached the sink: when (Stopwatch timestamp) and whether it carried the help card.</summary>
internal readonly record struct ArrivedReply(long Timestamp, bool HasAttachment);

/// <summary>
/// Stands in for the Bot Connector on 127.0.0.1: answers every call 201 and completes the waiter registered
/// for the reply's <c>replyToId</c> at the moment the reply arrives.
/// </summary>
internal sealed class ReplySink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ArrivedReply>> _waiting = new(StringComparer.Ordinal);
    private long _ids;

    private ReplySink(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<ReplySink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new ReplySink(app);
        app.Run(sink.HandleAsync);
        await app.StartAsync();
        sink.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return sink;
    }

    /// <summary>Registers a turn before its activity is posted; the task completes when the reply arrives.</summary>
    public Task<ArrivedReply> Expect(string activityId)
    {
        var waiter = new TaskCompletionSource<ArrivedReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[activityId] = waiter;
        return waiter.Task;
    }

    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private async Task HandleAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var arrived = Stopwatch.GetTimestamp();
        var root = body.RootElement;
        var replyToId = root.TryGetProperty("replyToId", out var id) ? id.GetString() : null;
        var hasAttachment = root.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0;
        if (replyToId is not null && _waiting.TryRemove(replyToId, out var waiter))
        {
            waiter.TrySetResult(new ArrivedReply(arrived, hasAttachment));
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
