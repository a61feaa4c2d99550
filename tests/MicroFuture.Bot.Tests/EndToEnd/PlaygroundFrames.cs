using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>
/// The Playground's conversation stream (<c>/_ws_conversation/v1/conversations/stream</c>): what a Teams user would
/// see appear. Frames arrive asynchronously into a channel; tests await the one they expect, with a timeout.
/// </summary>
public sealed class PlaygroundFrames : IAsyncDisposable
{
    /// <summary>How long a test waits for a reply before failing (the machine may be busy in CI).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly ClientWebSocket _socket;
    private readonly Channel<PlaygroundFrame> _frames = Channel.CreateUnbounded<PlaygroundFrame>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _log = [];
    private readonly Task _receiving;
    private int _logged;

    private PlaygroundFrames(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = ReceiveAsync(_stop.Token);
    }

    public static async Task<PlaygroundFrames> ConnectAsync(Uri playground, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.Proxy = null; // loopback only, whatever the environment's proxy says
        var address = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await socket.ConnectAsync(address, cancellationToken).ConfigureAwait(false);
        return new PlaygroundFrames(socket);
    }

    /// <summary>Forgets frames received so far, so a test only sees what its own actions cause.</summary>
    public void DiscardReceived()
    {
        while (_frames.Reader.TryRead(out _))
        {
        }
    }

    /// <summary>The next frame that <paramref name="match"/> accepts (others are passed over).</summary>
    public async Task<PlaygroundFrame> NextAsync(Func<PlaygroundFrame, bool> match, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var (read, found) = await ReadUntilAsync(match, limit).ConfigureAwait(false);
        return found
            ? read[^1]
            : throw new TimeoutException($"No expected frame within {limit.TotalSeconds:0} s. Other frames: [{string.Join(", ", read.Select(f => f.Raw))}]");
    }

    /// <summary>The frames that <paramref name="match"/> accepts among all those arriving within <paramref name="window"/>.</summary>
    public async Task<IReadOnlyList<PlaygroundFrame>> CollectAsync(Func<PlaygroundFrame, bool> match, TimeSpan window)
    {
        var (read, _) = await ReadUntilAsync(_ => false, window).ConfigureAwait(false);
        return [.. read.Where(match)];
    }

    /// <summary>Reads frames until one satisfies <paramref name="stop"/> (then the last one read) or <paramref name="window"/> ends.</summary>
    private async Task<(List<PlaygroundFrame> Read, bool Stopped)> ReadUntilAsync(Func<PlaygroundFrame, bool> stop, TimeSpan window)
    {
        using var cts = new CancellationTokenSource(window);
        var read = new List<PlaygroundFrame>();
        try
        {
            while (true)
            {
                var frame = await _frames.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
                read.Add(frame);
                if (stop(frame))
                {
                    return (read, true);
                }
            }
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            return (read, false);
        }
    }

    /// <summary>The raw frames received since the last call, for the test log.</summary>
    public string TakeNewLog()
    {
        lock (_log)
        {
            var fresh = _log.Skip(_logged).Select(frame => "[frame] " + frame).ToList();
            _logged = _log.Count;
            return string.Join('\n', fresh);
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _frames.Writer.TryComplete(new InvalidOperationException("The Playground closed the conversation stream."));
                    return;
                }
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }
                var json = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                lock (_log)
                {
                    _log.Add(json);
                }
                _frames.Writer.TryWrite(PlaygroundFrame.Parse(json));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            _frames.Writer.TryComplete(exception is WebSocketException ? exception : null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _receiving.ConfigureAwait(false);
        _socket.Abort();
        _socket.Dispose();
        _stop.Dispose();
    }
}
