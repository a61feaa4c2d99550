using System.Text.Json;

namespace MicroFuture.BotFramework.Schema;

/// <summary>What a handler answers to an invoke: the HTTP status and the JSON body returned inline.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);

/// <summary>The Connector's answer to a send: the new activity's id.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>The Connector's answer to create conversation.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}

/// <summary>Body of <c>POST /v3/conversations</c>.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}

/// <summary>Body of an <c>expectReplies</c> response.</summary>
public sealed class ExpectedReplies
{
    public List<Activity>? Activities { get; set; }
}
