using System.Text.Json;
using System.Text.Json.Serialization;

namespace MicroFuture.BotFramework.Schema;

/// <summary>A card or file attached to a message.</summary>
public sealed class Attachment
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    /// <summary>An Adaptive Card attachment from the card's JSON object.</summary>
    public static Attachment AdaptiveCard(JsonElement card) => new() { ContentType = AdaptiveCardContentType, Content = card };

    /// <summary>
    /// An Adaptive Card 1.5 attachment: the card envelope around <paramref name="body"/> and, unless null,
    /// <paramref name="actions"/> (JSON nodes, dictionaries or arrays of them).
    /// </summary>
    public static Attachment AdaptiveCard(object body, object? actions)
    {
        var card = new Dictionary<string, object>
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (actions is not null)
        {
            card["actions"] = actions;
        }
        return AdaptiveCard(ProtocolJson.ToElement(card));
    }
}

/// <summary>Buttons shown under a message.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }
}

/// <summary>A clickable action (imBack, messageBack, openUrl, ...).</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}
