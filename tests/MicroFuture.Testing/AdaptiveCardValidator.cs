using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace MicroFuture.Testing;

/// <summary>
/// Checks a card against the official Adaptive Cards 1.5 JSON schema (Schemas/adaptive-card-1.5.json, unmodified) plus
/// the two rules the schema leaves to prose: the top-level card names <c>"type": "AdaptiveCard"</c> and a
/// <c>version</c>, and Teams renders no version above 1.5. Errors read as <c>/json/pointer: what is wrong</c>.
/// </summary>
public sealed class AdaptiveCardValidator
{
    /// <summary>The highest card version Teams renders.</summary>
    public static readonly Version MaxVersion = new(1, 5);

    private static readonly Lazy<AdaptiveCardValidator> Shared = new(() => new AdaptiveCardValidator(DefaultSchemaPath));

    private const int MaxSchemaErrors = 25;

    private readonly JsonSchema _schema;
    private readonly HashSet<string> _knownTypes;
    private readonly Lock _gate = new();

    /// <param name="schemaPath">The schema file; <see cref="DefaultSchemaPath"/> is the copy next to the test assembly.</param>
    public AdaptiveCardValidator(string schemaPath)
    {
        var text = File.ReadAllText(schemaPath);
        _schema = JsonSchema.FromText(text);
        using var document = JsonDocument.Parse(text);
        _knownTypes = [.. document.RootElement.GetProperty("definitions").EnumerateObject().Where(IsTypeDefinition).Select(d => d.Name)];
    }

    // A definition whose "type" property is the enum of its own name (TextBlock, Action.Submit, Column...).
    private static bool IsTypeDefinition(JsonProperty definition) =>
        definition.Value.TryGetProperty("properties", out var properties)
        && properties.TryGetProperty("type", out var type)
        && type.TryGetProperty("enum", out var names)
        && names.EnumerateArray().Any(name => name.ValueKind == JsonValueKind.String && name.GetString() == definition.Name);

    /// <summary>The schema copied to the test output by MicroFuture.Testing.</summary>
    public static string DefaultSchemaPath => Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.5.json");

    /// <summary>One validator over the default schema (compiling it takes a moment).</summary>
    public static AdaptiveCardValidator Default => Shared.Value;

    /// <summary>The problems with <paramref name="cardJson"/>; empty when it is a valid Adaptive Card 1.5.</summary>
    public IReadOnlyList<string> Validate(string cardJson)
    {
        try
        {
            using var document = JsonDocument.Parse(cardJson);
            return Validate(document.RootElement);
        }
        catch (JsonException e)
        {
            return [$"/: not JSON ({e.Message})"];
        }
    }

    /// <summary>The problems with <paramref name="card"/>; empty when it is a valid Adaptive Card 1.5.</summary>
    public IReadOnlyList<string> Validate(JsonElement card)
    {
        if (card.ValueKind != JsonValueKind.Object)
        {
            return [$"/: a card is a JSON object, not {card.ValueKind}"];
        }
        var errors = new List<string>(TopLevelErrors(card));
        errors.AddRange(UnknownTypes(card, ""));
        EvaluationResults result;
        lock (_gate)
        {
            result = _schema.Evaluate(card, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        }
        if (!result.IsValid)
        {
            errors.AddRange(SchemaErrors(result, card).Take(MaxSchemaErrors));
        }
        return errors.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> TopLevelErrors(JsonElement card)
    {
        if (!card.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "AdaptiveCard")
        {
            yield return "/type: the top-level card must have \"type\": \"AdaptiveCard\"";
        }
        if (!card.TryGetProperty("version", out var version))
        {
            yield return "/version: the top-level card must have a version (\"1.5\" or lower)";
        }
        else if (version.ValueKind != JsonValueKind.String
            || !Version.TryParse(version.GetString(), out var parsed))
        {
            yield return $"/version: must be a version string such as \"1.5\", not {version.GetRawText()}";
        }
        else if (parsed > MaxVersion)
        {
            yield return $"/version: Teams renders Adaptive Cards up to {MaxVersion}, not {parsed}";
        }
    }

    // The schema reports an unknown "type" as every alternative of an anyOf failing; name it plainly first.
    private IEnumerable<string> UnknownTypes(JsonElement node, string pointer)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                var child = pointer + "/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                if (property.Name == "type" && pointer.Length > 0 && IsElementOrAction(pointer)
                    && (property.Value.ValueKind != JsonValueKind.String || !_knownTypes.Contains(property.Value.GetString()!)))
                {
                    yield return $"{child}: unknown element or action type {property.Value.GetRawText()}";
                }
                foreach (var error in UnknownTypes(property.Value, child))
                {
                    yield return error;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                foreach (var error in UnknownTypes(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture)))
                {
                    yield return error;
                }
                index++;
            }
        }
    }

    // Objects whose "type" names a schema definition: items of body/items/actions/columns, or an action/fallback value.
    private static bool IsElementOrAction(string pointer)
    {
        var parts = pointer.Split('/');
        var last = parts[^1];
        var parent = parts.Length >= 2 ? parts[^2] : "";
        return last is "selectAction" or "fallback" or "card"
            || (int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out _) && parent is "body" or "items" or "actions" or "columns");
    }

    // The schema tries every element type on each element (anyOf); only the branch for the element's own "type" is
    // worth reading, so the other branches are pruned and the anyOf summaries dropped.
    private IEnumerable<string> SchemaErrors(EvaluationResults node, JsonElement card)
    {
        // A passing node may still hold its failed anyOf alternatives: nothing there is wrong.
        if (node.IsValid || IsOtherTypesBranch(node, card))
        {
            yield break;
        }
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            if (keyword is not ("anyOf" or "allOf" or "oneOf" or "$ref"))
            {
                var pointer = node.InstanceLocation.ToString();
                // additionalProperties: false reports as a "false schema" on the property itself.
                yield return $"{(pointer.Length == 0 ? "/" : pointer)}: {(message.Contains("false schema", StringComparison.Ordinal) ? "this property is not allowed here" : message)}";
            }
        }
        foreach (var error in (node.Details ?? []).SelectMany(child => SchemaErrors(child, card)))
        {
            yield return error;
        }
    }

    private bool IsOtherTypesBranch(EvaluationResults node, JsonElement card)
    {
        const string prefix = "#/definitions/";
        var fragment = Uri.UnescapeDataString(node.SchemaLocation.Fragment);
        if (!fragment.StartsWith(prefix, StringComparison.Ordinal) || !_knownTypes.Contains(fragment[prefix.Length..])
            || node.InstanceLocation.Evaluate(card) is not { ValueKind: JsonValueKind.Object } element)
        {
            return false;
        }
        return element.TryGetProperty("type", out var type)
            ? type.ValueKind != JsonValueKind.String || type.GetString() != fragment[prefix.Length..]
            : node.EvaluationPath.ToString().Contains("/anyOf/", StringComparison.Ordinal);
    }
}
