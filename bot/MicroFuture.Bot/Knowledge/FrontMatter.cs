using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MicroFuture.Bot.Knowledge;

/// <summary>Reads and checks a knowledge file's YAML front matter (schema in knowledge/README.md).</summary>
internal static class FrontMatter
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>The document described by <paramref name="yaml"/>, or null with the reasons added to <paramref name="errors"/>.</summary>
    public static KnowledgeDocument? Read(string path, string yaml, string contentHash, List<string> errors)
    {
        Fields? fields;
        try
        {
            fields = Deserializer.Deserialize<Fields?>(yaml);
        }
        catch (YamlException exception)
        {
            errors.Add(Describe(exception, yaml));
            return null;
        }
        if (fields is null)
        {
            errors.Add("the front matter is empty");
            return null;
        }

        var errorCount = errors.Count;
        if (string.IsNullOrWhiteSpace(fields.Title))
        {
            errors.Add("missing title in the front matter");
        }
        var sources = ReadSources(fields.Sources, errors);
        var reviewed = ReadOptionalDate(fields.Reviewed, "reviewed", errors);
        var reviewBy = ReadOptionalDate(fields.ReviewBy, "review_by", errors);
        if (errors.Count > errorCount)
        {
            return null;
        }
        // "en" is the only language the curators write in so far; the schema asks for it anyway.
        var language = string.IsNullOrWhiteSpace(fields.Language) ? "en" : fields.Language.Trim();
        var topics = fields.Topics?.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList() ?? [];
        var partner = string.IsNullOrWhiteSpace(fields.Partner) ? null : fields.Partner.Trim();
        return new KnowledgeDocument(path, fields.Title!.Trim(), sources, language, topics, partner, reviewed, reviewBy, contentHash);
    }

    // Line numbers count from the file's first line, the opening '---'.
    private static string Describe(YamlException exception, string yaml)
    {
        var line = (int)Math.Max(1, exception.Start.Line);
        var fileLine = line + 1;
        if (exception is SyntaxErrorException or SemanticErrorException)
        {
            return $"invalid front matter: the YAML does not parse at line {fileLine}: {exception.Message}";
        }
        var text = yaml.Split('\n').ElementAtOrDefault(line - 1)?.Trim();
        var reason = exception.InnerException?.Message ?? exception.Message;
        return reason.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
            ? $"invalid front matter: a field is given twice (line {fileLine}: '{text}')"
            : $"invalid front matter: the value at line {fileLine} ('{text}') does not have the shape the schema in knowledge/README.md asks for";
    }

    private static List<KnowledgeSource> ReadSources(List<SourceFields?>? fields, List<string> errors)
    {
        var sources = new List<KnowledgeSource>();
        if (fields is null || fields.Count == 0)
        {
            errors.Add("no sources in the front matter: every file must list at least one");
            return sources;
        }
        for (var index = 0; index < fields.Count; index++)
        {
            var number = index + 1;
            var source = fields[index];
            var errorCount = errors.Count;
            if (string.IsNullOrWhiteSpace(source?.Url))
            {
                errors.Add($"source {number} has no url");
            }
            else if (!Uri.TryCreate(source.Url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"source {number} has url '{source.Url}', which is not an http(s) address");
            }
            if (string.IsNullOrWhiteSpace(source?.Read))
            {
                errors.Add($"source {number} has no read date");
            }
            var read = ReadOptionalDate(source?.Read, $"read (source {number})", errors);
            if (errors.Count == errorCount)
            {
                sources.Add(new KnowledgeSource(number, source!.Url!.Trim(), read!.Value, string.IsNullOrWhiteSpace(source.Title) ? null : source.Title.Trim()));
            }
        }
        return sources;
    }

    private static DateOnly? ReadOptionalDate(string? value, string field, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add($"{field} date '{value}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    // Everything as text: dates are checked here, so that a bad one gets a message rather than a YAML type error.
    private sealed class Fields
    {
        public string? Title { get; set; }
        public List<SourceFields?>? Sources { get; set; }
        public string? Language { get; set; }
        public List<string>? Topics { get; set; }
        public string? Partner { get; set; }
        public string? Reviewed { get; set; }
        public string? ReviewBy { get; set; }
    }

    private sealed class SourceFields
    {
        public string? Url { get; set; }
        public string? Read { get; set; }
        public string? Title { get; set; }
    }
}
