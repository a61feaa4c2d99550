using System.Security.Claims;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Hosting;

/// <summary>
/// Runs acknowledged (202) turns in the background: at most <see cref="BotFrameworkOptions.MaxConcurrentTurns"/>
/// at once, one after another within a conversation (so state and replies keep their order), bounded in size.
/// On shutdown it waits for the turns already accepted.
/// </summary>
public sealed class TurnQueue : IHostedService
{
    private readonly TurnRunner _runner;
    private readonly ConnectorActivitySender _sender;
    private readonly ILogger<TurnQueue> _logger;
    private readonly SemaphoreSlim _workers;
    private readonly int _capacity;
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _pending;

    public TurnQueue(TurnRunner runner, ConnectorActivitySender sender, IOptions<BotFrameworkOptions> options, ILogger<TurnQueue> logger)
    {
        _runner = runner;
        _sender = sender;
        _logger = logger;
        _workers = new SemaphoreSlim(Math.Max(1, options.Value.MaxConcurrentTurns));
        _capacity = Math.Max(1, options.Value.TurnQueueCapacity);
    }

    /// <summary>Turns accepted and not yet finished.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Accepts a turn, or returns false when the queue is full.</summary>
    public bool TryEnqueue(Activity activity, ClaimsIdentity identity)
    {
        if (Interlocked.Increment(ref _pending) > _capacity)
        {
            Interlocked.Decrement(ref _pending);
            return false;
        }
        Chain(activity, async () =>
        {
            try
            {
                await _runner.RunAsync(activity, identity, _sender, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                TurnQueueLog.DroppedAtShutdown(_logger, activity.Id);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        });
        return true;
    }

    /// <summary>
    /// Runs a turn that must answer inline (invoke, expectReplies) in its conversation's order, so it never
    /// races a queued turn of the same conversation for the conversation's state, and returns its context.
    /// </summary>
    public Task<TurnContext?> RunInOrderAsync(Activity activity, ClaimsIdentity identity, IActivitySender sender, CancellationToken cancellationToken)
    {
        var result = new TaskCompletionSource<TurnContext?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Chain(activity, async () =>
        {
            try
            {
                result.TrySetResult(await _runner.RunAsync(activity, identity, sender, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                result.TrySetCanceled(cancellationToken);
            }
        });
        return result.Task;
    }

    // Appends work to the conversation's chain: it starts when the previous turn of that conversation has ended
    // and a worker is free.
    private void Chain(Activity activity, Func<Task> work)
    {
        var key = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            Task? self = null;
            self = RunAfterAsync(previous, work, () =>
            {
                lock (_gate)
                {
                    if (_tails.TryGetValue(key, out var tail) && tail == self)
                    {
                        _tails.Remove(key);
                    }
                }
            });
            _tails[key] = self;
        }
    }

    private async Task RunAfterAsync(Task previous, Func<Task> work, Action done)
    {
        // Yield first: the caller holds the gate and must register this task before it can finish.
        await Task.Yield();
        try
        {
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // No cancellation here: every piece of work must run (at shutdown its turn sees a cancelled token and ends at once).
            await _workers.WaitAsync().ConfigureAwait(false);
            try
            {
                await work().ConfigureAwait(false);
            }
            finally
            {
                _workers.Release();
            }
        }
        finally
        {
            done();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for accepted turns until the host's shutdown timeout, then cancels the rest.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _tails.Values];
        }
        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }
}

internal static partial class TurnQueueLog
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Warning, Message = "Turn for activity {ActivityId} was dropped at shutdown")]
    public static partial void DroppedAtShutdown(ILogger logger, string? activityId);
}
