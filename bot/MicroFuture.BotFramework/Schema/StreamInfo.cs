using System.Text.Json;

namespace MicroFuture.BotFramework.Schema;

/// <summary>The stream types of a <see cref="StreamInfo"/> entity.</summary>
public static class StreamTypes
{
    /// <summary>A status line shown while the reply is prepared (e.g. "Searching…").</summary>
    public const string Informative = "informative";

    /// <summary>A chunk of the reply: the full text so far.</summary>
    public const string Streaming = "streaming";

    /// <summary>The complete reply, a <c>message</c> that ends the stream.</summary>
    public const string Final = "final";
}

/// <summary>
/// Teams' <c>streaminfo</c> entity. Chunks are <c>typing</c> activities with <see cref="StreamSequence"/> 1, 2, …;
/// the first has no <see cref="StreamId"/> (the channel answers 201 <c>{id}</c>, which is the stream id) and later
/// ones carry it. The final <c>message</c> carries the stream id and no sequence.
/// </summary>
/// <param name="StreamType">One of <see cref="StreamTypes"/>.</param>
public sealed record StreamInfo(string StreamType, string? StreamId = null, int? StreamSequence = null)
{
    public const string EntityType = "streaminfo";

    /// <summary>The error code of Teams' 403 when a stream is not allowed, already ended or past its time limit.</summary>
    public const string NotAllowedCode = "ContentStreamNotAllowed";

    /// <summary>A chunk's entity; <paramref name="streamId"/> is null on the first chunk.</summary>
    public static StreamInfo Chunk(string? streamId, int sequence) => new(StreamTypes.Streaming, streamId, sequence);

    /// <summary>The entity of the message that ends stream <paramref name="streamId"/>.</summary>
    public static StreamInfo Final(string streamId) => new(StreamTypes.Final, streamId);

    public Entity ToEntity()
    {
        var properties = new Dictionary<string, JsonElement> { ["streamType"] = JsonSerializer.SerializeToElement(StreamType, ProtocolJson.ContentOptions) };
        if (StreamId is not null)
        {
            properties["streamId"] = JsonSerializer.SerializeToElement(StreamId, ProtocolJson.ContentOptions);
        }
        if (StreamSequence is { } sequence)
        {
            properties["streamSequence"] = JsonSerializer.SerializeToElement(sequence, ProtocolJson.ContentOptions);
        }
        return new Entity { Type = EntityType, Properties = properties };
    }

    /// <summary>The streaminfo entity of <paramref name="activity"/>, or null when it has none.</summary>
    public static StreamInfo? Of(Activity activity)
    {
        var entity = activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, EntityType, StringComparison.Ordinal));
        if (entity?.GetString("streamType") is not { } streamType)
        {
            return null;
        }
        int? sequence = entity.Properties!.TryGetValue("streamSequence", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
        return new StreamInfo(streamType, entity.GetString("streamId"), sequence);
    }
}
