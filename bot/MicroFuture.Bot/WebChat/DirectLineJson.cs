using System.Text.Json;
using System.Text.Json.Serialization;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.WebChat;

/// <summary>Direct Line 3.0 <c>Conversation</c> object (answer to start, reconnect and token refresh).</summary>
public sealed class DirectLineConversationResponse
{
    public required string ConversationId { get; init; }
    public required string Token { get; init; }

    [JsonPropertyName("expires_in")]
    public int ExpiresIn { get; init; }

    /// <summary>Absent: this endpoint offers polling only, no WebSocket stream.</summary>
    public string? StreamUrl { get; init; }
}

/// <summary>Direct Line 3.0 <c>ActivitySet</c>: the activities after a watermark and the next watermark.</summary>
public sealed class DirectLineActivitySet
{
    public required List<Activity> Activities { get; init; }
    public required string Watermark { get; init; }
}

/// <summary>Optional body of start conversation: <c>{user:{id,name}, locale}</c>.</summary>
public sealed class DirectLineStartRequest
{
    public ChannelAccount? User { get; set; }
    public string? Locale { get; set; }
}

/// <summary>Serializer metadata of the Direct Line routes: the protocol's rules (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DirectLineConversationResponse))]
[JsonSerializable(typeof(DirectLineActivitySet))]
[JsonSerializable(typeof(DirectLineStartRequest))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
