using System.Text.Json;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Testing;

/// <summary>An Adaptive Card attachment found in a request the bot sent to the connector.</summary>
public sealed record SentCard(ConnectorRequest Request, JsonElement Content)
{
    /// <summary>
    /// The Adaptive Card contents anywhere in <paramref name="request"/>'s body: activities, the activity inside a
    /// create-conversation call, or an update.
    /// </summary>
    public static IEnumerable<SentCard> FoundIn(ConnectorRequest request)
    {
        if (request.Body.Length == 0)
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return Cards(document.RootElement).Select(card => new SentCard(request, card.Clone())).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static IEnumerable<JsonElement> Cards(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("contentType", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString() == Attachment.AdaptiveCardContentType && node.TryGetProperty("content", out var content))
            {
                yield return content;
                yield break;
            }
            foreach (var card in node.EnumerateObject().SelectMany(property => Cards(property.Value)))
            {
                yield return card;
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var card in node.EnumerateArray().SelectMany(Cards))
            {
                yield return card;
            }
        }
    }
}
