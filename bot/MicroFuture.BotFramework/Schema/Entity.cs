using System.Text.Json;
using System.Text.Json.Serialization;

namespace MicroFuture.BotFramework.Schema;

/// <summary>
/// An entity of an activity (mention, clientInfo, streaminfo, schema.org Message, ...).
/// Only <c>type</c> and the mention fields are modelled; every other field, including the
/// JSON-LD keys <c>@type</c>, <c>@context</c> and <c>@id</c>, is kept verbatim in <see cref="Properties"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For a mention: the markup in the message text, e.g. <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads an extra field (e.g. <c>"@type"</c>) as a string, or null.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
