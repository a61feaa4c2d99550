using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Knowledge.Presentation;

/// <summary>
/// The one root schema.org <c>Message</c> entity Teams reads citations (and the AI label) from. Limits are Teams':
/// name ≤ 80, abstract ≤ 160 (the Agents Playground requires it), keywords ≤ 3 of ≤ 28, at most 20 citations,
/// position ≥ 1 and equal to the <c>[n]</c> in the text.
/// </summary>
public static class CitationEntity
{
    public const string MessageType = "https://schema.org/Message";
    public const int MaxCitations = 20;
    public const int MaxName = 80;
    public const int MaxAbstract = 160;
    public const int MaxKeywords = 3;
    public const int MaxKeyword = 28;

    /// <param name="citations">The citations the text refers to by <c>[n]</c>; none leaves out the <c>citation</c> list.</param>
    /// <param name="aiGenerated">Adds the "AI generated" label.</param>
    public static Entity Create(IReadOnlyList<AnswerCitation> citations, bool aiGenerated)
    {
        var claims = new JsonArray();
        foreach (var citation in citations.Where(c => c.Number >= 1).Take(MaxCitations))
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Shorten($"{citation.Title} — {citation.Heading}", MaxName),
                ["abstract"] = Shorten(citation.Excerpt.Length > 0 ? citation.Excerpt : citation.Section.Text, MaxAbstract),
            };
            if (citation.Sources.FirstOrDefault() is { } source)
            {
                appearance["url"] = source.Url;
            }
            var keywords = citation.Section.Document.Topics.Take(MaxKeywords).Select(t => (JsonNode?)Shorten(t, MaxKeyword)).ToArray();
            if (keywords.Length > 0)
            {
                appearance["keywords"] = new JsonArray(keywords);
            }
            claims.Add(new JsonObject { ["@type"] = "Claim", ["position"] = citation.Number, ["appearance"] = appearance });
        }
        var properties = new Dictionary<string, JsonElement>
        {
            ["@type"] = JsonSerializer.SerializeToElement("Message"),
            ["@context"] = JsonSerializer.SerializeToElement("https://schema.org"),
            ["@id"] = JsonSerializer.SerializeToElement(""),
        };
        if (claims.Count > 0)
        {
            properties["citation"] = JsonSerializer.SerializeToElement(claims);
        }
        if (aiGenerated)
        {
            properties["additionalType"] = JsonSerializer.SerializeToElement(new[] { "AIGeneratedContent" });
        }
        return new Entity { Type = MessageType, Properties = properties };
    }

    /// <summary><paramref name="text"/> cut at a word to at most <paramref name="max"/> characters, with "…" when cut.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max)
        {
            return flat;
        }
        var cut = flat[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }
}
