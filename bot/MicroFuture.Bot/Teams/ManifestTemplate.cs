using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Teams;

/// <summary>Fills the <c>{{Name}}</c> placeholders of <c>manifest.template.json</c>.</summary>
public static partial class ManifestTemplate
{
    // The manifest is a file for Teams, not HTML: keep "–" and quotes readable instead of \u escapes.
    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// The rendered manifest. Values are substituted inside parsed string values, so a value can never change
    /// the JSON's structure; a placeholder without a value is added to <paramref name="problems"/>.
    /// </summary>
    public static JsonObject Render(string templateJson, IReadOnlyDictionary<string, string> values, List<string> problems)
    {
        var manifest = JsonNode.Parse(templateJson) as JsonObject ?? throw new JsonException("the template is not a JSON object");
        Fill(manifest, values, problems);
        return manifest;
    }

    public static string Serialize(JsonObject manifest) => manifest.ToJsonString(Output);

    private static void Fill(JsonNode node, IReadOnlyDictionary<string, string> values, List<string> problems)
    {
        // Listed first: replacing a string value while enumerating its container is not allowed.
        List<(JsonNode? Child, Action<JsonNode> Replace)> children = node switch
        {
            JsonObject obj => [.. obj.ToList().Select(p => (p.Value, (Action<JsonNode>)(n => obj[p.Key] = n)))],
            JsonArray array => [.. array.Select((c, i) => (c, (Action<JsonNode>)(n => array[i] = n)))],
            _ => [],
        };
        foreach (var (child, replace) in children)
        {
            if (child is JsonValue leaf && leaf.TryGetValue(out string? text))
            {
                replace(JsonValue.Create(Substitute(text, values, problems)));
            }
            else if (child is not null)
            {
                Fill(child, values, problems);
            }
        }
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> values, List<string> problems) =>
        Placeholder().Replace(text, match =>
        {
            if (values.TryGetValue(match.Groups[1].Value, out var value))
            {
                return value;
            }
            problems.Add($"{ManifestFolder.TemplateFile}: no value for the placeholder {match.Value}");
            return match.Value;
        });
}
