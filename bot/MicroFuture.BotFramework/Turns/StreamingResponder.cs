using System.Net;
using System.Text;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MicroFuture.BotFramework.Turns;

/// <summary>
/// Streams a reply while it is being written (Teams streaming, 1:1 chats): text appended with
/// <see cref="AppendAsync"/> goes out as <c>typing</c> chunks carrying the full text so far, with
/// <c>streamSequence</c> 1, 2, …, at most one per <c>interval</c> and each only after the previous one succeeded;
/// <see cref="EndAsync"/> sends the final <c>message</c> with the stream's id. When the channel refuses a chunk
/// (e.g. 403 <c>ContentStreamNotAllowed</c>) or the 2-minute limit is near, chunks stop and the final message goes
/// out as a plain message. Not thread-safe: call it from the turn, one call at a time.
/// </summary>
/// <param name="interval">Least time between two chunks (Teams asks for 1.5–2 s of buffering).</param>
public sealed partial class StreamingResponder(ITurnContext turn, TimeSpan interval, TimeProvider? timeProvider = null, ILogger? logger = null)
{
    /// <summary>Teams ends a stream this long after it started.</summary>
    public static readonly TimeSpan StreamLimit = TimeSpan.FromMinutes(2);

    // Chunks stop this long before the limit, so the final message still finds the stream open.
    private static readonly TimeSpan LimitMargin = TimeSpan.FromSeconds(10);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly StringBuilder _text = new();
    private long _started;
    private long _lastChunk;
    private bool _stopped;
    private bool _ended;

    /// <summary>The stream id the channel gave the first chunk; null before it (or when it gave none).</summary>
    public string? StreamId { get; private set; }

    /// <summary>The sequence number of the last chunk the channel accepted (0 = none).</summary>
    public int Sequence { get; private set; }

    /// <summary>Whether chunks stopped early (the channel refused one, or the time limit was near).</summary>
    public bool Stopped => _stopped;

    /// <summary>
    /// Whether a reply to <paramref name="inbound"/> may stream: Teams supports it in 1:1 chats only, and an
    /// <c>expectReplies</c> turn returns its activities at once.
    /// </summary>
    public static bool CanStream(Activity inbound) =>
        string.Equals(inbound.ChannelId, "msteams", StringComparison.Ordinal)
        && string.Equals(inbound.Conversation?.ConversationType, "personal", StringComparison.Ordinal)
        && !string.Equals(inbound.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>Adds <paramref name="text"/> to the reply; sends a chunk unless the previous one went out less than the interval ago.</summary>
    public async Task AppendAsync(string text, CancellationToken cancellationToken = default)
    {
        if (_ended)
        {
            throw new InvalidOperationException("The stream has ended.");
        }
        _text.Append(text);
        if (text.Length == 0 || _stopped)
        {
            return;
        }
        var now = _time.GetTimestamp();
        if (Sequence > 0 && _time.GetElapsedTime(_lastChunk, now) < interval)
        {
            return;
        }
        if (Sequence > 0 && _time.GetElapsedTime(_started, now) >= StreamLimit - LimitMargin)
        {
            _stopped = true;
            return;
        }
        await SendChunkAsync(now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends <paramref name="final"/> (the complete reply, with any attachments and entities): as the end of the
    /// stream when one is open, else as a plain message. No chunk may follow.
    /// </summary>
    public async Task<ResourceResponse?> EndAsync(Activity final, CancellationToken cancellationToken = default)
    {
        _ended = true;
        if (StreamId is not { } streamId || _stopped || _time.GetElapsedTime(_started) >= StreamLimit)
        {
            return await turn.SendActivityAsync(final, cancellationToken).ConfigureAwait(false);
        }
        var entity = StreamInfo.Final(streamId).ToEntity();
        var entities = final.Entities ??= [];
        entities.Add(entity);
        try
        {
            return await turn.SendActivityAsync(final, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException exception) when (exception.Status == HttpStatusCode.Forbidden)
        {
            // The stream closed on the channel's side (limit, already completed): the reply must still arrive.
            LogStreamStopped(_logger, (int)exception.Status, exception.Code);
            entities.Remove(entity);
            return await turn.SendActivityAsync(final, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendChunkAsync(long now, CancellationToken cancellationToken)
    {
        var sequence = Sequence + 1;
        var chunk = new Activity
        {
            Type = ActivityTypes.Typing,
            Text = _text.ToString(),
            Entities = [StreamInfo.Chunk(StreamId, sequence).ToEntity()],
        };
        _lastChunk = now;
        try
        {
            var response = await turn.SendActivityAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (StreamId is null)
            {
                if (string.IsNullOrEmpty(response?.Id))
                {
                    // Without a stream id no later chunk or final can refer to the stream.
                    _stopped = true;
                    return;
                }
                StreamId = response.Id;
                _started = now;
            }
            Sequence = sequence;
        }
        catch (ConnectorException exception)
        {
            // Streaming is a nicety: a refused chunk (403 ContentStreamNotAllowed, 400, 429) only ends the chunks.
            _stopped = true;
            LogStreamStopped(_logger, (int)exception.Status, exception.Code);
        }
        catch (HttpRequestException exception)
        {
            _stopped = true;
            LogStreamStopped(_logger, (int?)exception.StatusCode ?? 0, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Streaming stopped: the channel answered {Status} {Code}; the reply is sent as a plain message.")]
    private static partial void LogStreamStopped(ILogger logger, int status, string? code);
}
