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

    /// <summary>The id the Playground's connector gave the bot's message (what a card button or feedback replies to).</summary>
    public string? MessageId => Property("messageId") is { ValueKind: JsonValueKind.String or JsonValueKind.Number } id ? id.ToString() : null;

    /// <summary>
    /// The schema.org Message entity (citations, AI label) as the Playground accepted it; absent when the bot sent none.
    /// The Playground only forwards a message whose entity passed its citation check, so this is what Teams would show.
    /// </summary>
    public JsonElement? AiEntity => Property("aiEntity") is { ValueKind: JsonValueKind.Object } entity ? entity : null;

    /// <summary>The positions of the citations in <see cref="AiEntity"/>, in order.</summary>
    public IReadOnlyList<int> CitationPositions =>
        AiEntity is { } entity && entity.TryGetProperty("citation", out var citations) && citations.ValueKind == JsonValueKind.Array
            ? [.. citations.EnumerateArray().Select(c => c.GetProperty("position").GetInt32())]
            : [];

    /// <summary>True when the message shows the thumbs up/down buttons.</summary>
    public bool FeedbackLoopEnabled => Property("feedbackLoopEnabled") is { ValueKind: JsonValueKind.True };

    public string? FromId => Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>The attachments' content types and contents (empty when there are none).</summary>
    public IReadOnlyList<(string? ContentType, JsonElement Content)> Attachments =>
        Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array
            ? [.. attachments.EnumerateArray().Select(a => (a.TryGetProperty("contentType", out var type) ? type.GetString() : null, a.TryGetProperty("content", out var content) ? content : default))]
            : [];

    private JsonElement? Property(string name) =>
        Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty(name, out var value) ? value : null;

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
