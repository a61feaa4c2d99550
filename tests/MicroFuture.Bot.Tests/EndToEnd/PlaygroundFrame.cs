using System.Text.Json;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>
/// One frame of the Playground's conversation WebSocket, e.g. <c>{"action":"createMessage",
/// "actionConversationId":"…","message":{messageId,from,text,attachments,…}}</c> for each message the bot posted.
/// </summary>
public sealed record PlaygroundFrame(string Action, string? ConversationId, JsonElement Message, string Raw)
{
    public const string CreateMessage = "createMessage";

    public string? Text => Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    public string? FromId => Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>The attachments' content types and contents (empty when there are none).</summary>
    public IReadOnlyList<(string? ContentType, JsonElement Content)> Attachments =>
        Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? [.. attachments.EnumerateArray().Select(a => (a.TryGetProperty("contentType", out var type) ? type.GetString() : null, a.TryGetProperty("content", out var content) ? content : default))]
            : [];

    /// <summary>True for a message the bot posted into <paramref name="conversationId"/>.</summary>
    public bool IsBotMessageIn(string conversationId) => Action == CreateMessage && ConversationId == conversationId;

    /// <summary>The frame; one that is not a JSON object is kept with an empty action.</summary>
    public static PlaygroundFrame Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return new PlaygroundFrame("", null, default, json);
        }
        using var parsed = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new PlaygroundFrame("", null, default, json);
        }
        return new PlaygroundFrame(
            root.TryGetProperty("action", out var action) ? action.GetString() ?? "" : "",
            root.TryGetProperty("actionConversationId", out var conversation) ? conversation.GetString() : null,
            root.TryGetProperty("message", out var message) ? message.Clone() : default,
            json);
    }
}
