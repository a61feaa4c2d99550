using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace MicroFuture.Bench;

/// <summary>Outcome of a run: latencies of the turns answered correctly, and what went wrong with the others.</summary>
internal sealed record LoadResult(IReadOnlyList<TimeSpan> Latencies, IReadOnlyDictionary<string, int> Errors, int NotRun, TimeSpan Elapsed);

/// <summary>
/// N conversations at once, each posting <c>help</c> M times one after another; a turn's latency runs from the
/// start of its POST until its reply reaches the sink.
/// </summary>
internal sealed class LoadRunner(HttpClient client, string botUrl, ReplySink sink, BenchOptions options)
{
    private readonly ConcurrentBag<TimeSpan> _latencies = [];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _notRun;

    public async Task<LoadResult> RunAsync(string runId, int conversations, int turns)
    {
        using var deadline = new CancellationTokenSource(options.MaxDuration);
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(() => ConverseAsync($"{runId}-{c}", turns, deadline.Token))));
        return new LoadResult([.. _latencies], new Dictionary<string, int>(_errors), _notRun, started.Elapsed);
    }

    private async Task ConverseAsync(string conversation, int turns, CancellationToken deadline)
    {
        for (var turn = 0; turn < turns; turn++)
        {
            if (deadline.IsCancellationRequested)
            {
                Interlocked.Add(ref _notRun, turns - turn);
                return;
            }
            var error = await RunTurnAsync(conversation, $"{conversation}-turn-{turn}", deadline);
            if (error is not null)
            {
                _errors.AddOrUpdate(error, 1, (_, count) => count + 1);
            }
        }
    }

    /// <summary>Runs one turn; returns null when answered with the help card, else what went wrong.</summary>
    private async Task<string?> RunTurnAsync(string conversation, string activityId, CancellationToken deadline)
    {
        var reply = sink.Expect(activityId);
        try
        {
            using var content = new StringContent(HelpMessage(conversation, activityId), Encoding.UTF8, "application/json");
            var start = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync(botUrl + "api/messages", content, deadline);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return $"HTTP {(int)response.StatusCode}";
            }
            var arrived = await reply.WaitAsync(options.TurnTimeout, deadline);
            if (!arrived.HasAttachment)
            {
                return "reply without help card";
            }
            _latencies.Add(Stopwatch.GetElapsedTime(start, arrived.Timestamp));
            return null;
        }
        catch (TimeoutException)
        {
            return "no reply in time";
        }
        catch (OperationCanceledException)
        {
            return "cut by --max-seconds";
        }
        catch (HttpRequestException exception)
        {
            return $"HTTP error {exception.HttpRequestError}";
        }
        finally
        {
            sink.Forget(activityId);
        }
    }

    private string HelpMessage(string conversation, string activityId) => JsonSerializer.Serialize(new
    {
        type = "message",
        id = activityId,
        text = "help",
        channelId = "msteams",
        serviceUrl = sink.ServiceUrl,
        timestamp = DateTimeOffset.UtcNow,
        from = new { id = $"29:{conversation}", name = "Bench User" },
        recipient = new { id = "28:bench-bot", name = "MicroFuture" },
        conversation = new { id = $"a:{conversation}", conversationType = "personal", tenantId = "00000000-0000-0000-0000-000000000001" },
        channelData = new { tenant = new { id = "00000000-0000-0000-0000-000000000001" } },
    });
}
