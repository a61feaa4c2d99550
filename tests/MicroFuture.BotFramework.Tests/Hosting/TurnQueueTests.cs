using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Hosting;

/// <summary>Acknowledged turns: bounded, ordered per conversation, concurrent across conversations, finished at shutdown.</summary>
public sealed class TurnQueueTests
{
    /// <summary>Reports each turn's start; a turn whose text has a gate waits for it; then replies "done {text}".</summary>
    private sealed class GatedBot : IBot
    {
        private readonly Channel<string> _started = Channel.CreateUnbounded<string>();

        public ConcurrentDictionary<string, TaskCompletionSource> Gates { get; } = new();

        public TaskCompletionSource Gate(string text) => Gates.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            var text = turn.Activity.Text ?? "";
            _started.Writer.TryWrite(text);
            if (Gates.TryGetValue(text, out var gate))
            {
                await gate.Task.WaitAsync(cancellationToken);
            }
            await turn.SendTextAsync($"done {text}", cancellationToken);
        }

        public async Task<string> NextStartedAsync(TimeSpan? timeout = null) =>
            await _started.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));

        public async Task<bool> NoTurnStartsAsync(TimeSpan wait)
        {
            using var cts = new CancellationTokenSource(wait);
            try
            {
                await _started.Reader.WaitToReadAsync(cts.Token);
                return false;
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }
    }

    private static async Task<bool> CompletesWithinAsync(Task task, TimeSpan wait)
    {
        try
        {
            await task.WaitAsync(wait);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static Dictionary<string, string?> Settings(int capacity, int workers) => new()
    {
        ["BotFramework:TurnQueueCapacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["BotFramework:MaxConcurrentTurns"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A host whose one-slot queue is taken by a turn waiting on the gate "block".</summary>
    private static async Task<(GatedBot Bot, EngineHost Host)> StartFullAsync()
    {
        var bot = new GatedBot();
        bot.Gate("block");
        var host = await EngineHost.StartAsync(bot, Settings(capacity: 1, workers: 1));
        await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "block", "m-1"));
        await bot.NextStartedAsync();
        return (bot, host);
    }

    [Fact]
    public async Task Full_NewActivityGets503WithRetryAfter()
    {
        // Arrange
        var (bot, host) = await StartFullAsync();
        await using var _ = host;
        var gate = bot.Gate("block");

        // Act
        var rejected = await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "later", "m-2", conversationId: "a:c2"));
        gate.SetResult();
        var reply = await host.Connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), rejected.Headers.RetryAfter?.Delta);
        Assert.Equal("done block", reply.Activity?.Text);
    }

    [Fact]
    public async Task Full_RedeliveryAfter503_IsProcessed()
    {
        // Arrange
        var (bot, host) = await StartFullAsync();
        await using var _ = host;
        var gate = bot.Gate("block");
        var later = InboundActivity.Message(host.Connector.ServiceUrl, "later", "m-2", conversationId: "a:c2");
        var rejected = await host.PostAsync(later);
        gate.SetResult();
        await host.Connector.NextAsync();

        // Act: the channel retries after Retry-After, with the same activity id.
        // The first turn's slot frees just after its reply, so a retry may still meet a full queue: bounded retries.
        var retried = await host.PostAsync(later);
        for (var attempt = 0; attempt < 100 && retried.StatusCode == HttpStatusCode.ServiceUnavailable; attempt++)
        {
            retried = await host.PostAsync(later);
        }
        var reply = await host.Connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        Assert.Equal("done later", reply.Activity?.Text);
    }

    [Fact]
    public async Task SameConversation_TurnsRunOneAfterAnother_OtherConversationsDoNotWait()
    {
        // Arrange
        var bot = new GatedBot();
        var gate = bot.Gate("first");
        await using var host = await EngineHost.StartAsync(bot, Settings(capacity: 10, workers: 4));
        await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "first", "m-1"));
        await bot.NextStartedAsync();

        // Act
        var second = await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "second", "m-2"));
        var secondWaited = await bot.NoTurnStartsAsync(TimeSpan.FromMilliseconds(300));
        await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "elsewhere", "m-3", conversationId: "a:c2"));
        var elsewhereStarted = await bot.NextStartedAsync();
        var elsewhereReply = await host.Connector.NextAsync();
        gate.SetResult();
        var replies = new[] { await host.Connector.NextAsync(), await host.Connector.NextAsync() };

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True(secondWaited, "a second turn of the same conversation started while the first was running");
        Assert.Equal("elsewhere", elsewhereStarted);
        Assert.Equal("done elsewhere", elsewhereReply.Activity?.Text);
        Assert.Equal(["done first", "done second"], replies.Select(r => r.Activity?.Text));
    }

    [Fact]
    public async Task Shutdown_WaitsForAcceptedTurns()
    {
        // Arrange
        var bot = new GatedBot();
        var gate = bot.Gate("slow");
        await using var host = await EngineHost.StartAsync(bot, Settings(capacity: 10, workers: 4));
        await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "slow", "m-1"));
        await bot.NextStartedAsync();

        // Act
        var stopping = host.StopAsync();
        var stoppedEarly = await CompletesWithinAsync(stopping, TimeSpan.FromMilliseconds(300));
        gate.SetResult();
        await stopping;
        var reply = await host.Connector.NextAsync();

        // Assert
        Assert.False(stoppedEarly, "the host stopped before its accepted turn finished");
        Assert.Equal("done slow", reply.Activity?.Text);
    }

    [Fact]
    public async Task Invoke_WhileAMessageTurnOfTheSameConversationRuns_WaitsForItThenAnswers()
    {
        // Arrange: a message turn of conversation a:c1 is running (held at its gate).
        var bot = new GatedBot();
        var gate = bot.Gate("block");
        await using var host = await EngineHost.StartAsync(bot, Settings(capacity: 10, workers: 4));
        await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "block", "m-1"));
        Assert.Equal("block", await bot.NextStartedAsync());

        // Act: an invoke arrives in the same conversation.
        var invoke = host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "test/unhandled", "i-1"));

        // Assert: it does not start while the message turn holds the conversation, then runs once it is done.
        Assert.True(await bot.NoTurnStartsAsync(TimeSpan.FromMilliseconds(500)));
        gate.SetResult();
        var response = await invoke.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("done block", (await host.Connector.NextAsync()).Activity!.Text);
    }
}
