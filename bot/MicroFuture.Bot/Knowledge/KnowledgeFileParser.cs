using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Knowledge;

/// <summary>What one knowledge file gave: a document and its sections, or the reasons it was rejected.</summary>
public sealed record KnowledgeFile(KnowledgeDocument? Document, IReadOnlyList<KnowledgeSection> Sections, IReadOnlyList<string> Errors)
{
    public bool IsValid => Document is not null && Errors.Count == 0;
}

/// <summary>
/// Turns one knowledge file (YAML front matter, then Markdown) into a document and its sections. A section longer
/// than <paramref name="maxSectionCharacters"/> is split between paragraphs (or table rows), each part keeping the
/// heading path; a single paragraph longer than that stays whole.
/// </summary>
public sealed partial class KnowledgeFileParser(int maxSectionCharacters = KnowledgeFileParser.DefaultMaxSectionCharacters)
{
    /// <summary>About 500 tokens: small enough for a search index to rank, large enough to keep a fact's context.</summary>
    public const int DefaultMaxSectionCharacters = 2000;

    private const string Separator = "\n\n";

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    /// <summary>Parses <paramref name="content"/>; never throws for malformed content, it reports it in <see cref="KnowledgeFile.Errors"/>.</summary>
    /// <param name="path">The file's path relative to the knowledge folder, used in the document and in messages.</param>
    public KnowledgeFile Parse(string path, string content)
    {
        var errors = new List<string>();
        var outline = MarkdownOutline.Parse(content);
        if (outline.FrontMatter is null)
        {
            errors.Add("no front matter: the file must start with a '---' line, the YAML fields and a closing '---' line");
            return new KnowledgeFile(null, [], errors);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        var document = FrontMatter.Read(path, outline.FrontMatter, hash, errors);
        if (document is null)
        {
            return new KnowledgeFile(null, [], errors);
        }

        var sections = new List<KnowledgeSection>();
        foreach (var section in outline.Sections)
        {
            // Text before any heading still gets a path: the document's title.
            var headingPath = section.HeadingPath.Count > 0 ? section.HeadingPath : [document.Title];
            CheckMarkers(document, headingPath, section.Units, errors);
            sections.AddRange(Split(section.Units).Select(text => new KnowledgeSection(document, headingPath, section.Anchor, text, Citations(document, text))));
        }
        return errors.Count > 0 ? new KnowledgeFile(null, [], errors) : new KnowledgeFile(document, sections, errors);
    }

    private IEnumerable<string> Split(IReadOnlyList<string> units)
    {
        var part = new StringBuilder();
        foreach (var unit in units)
        {
            if (part.Length > 0 && part.Length + Separator.Length + unit.Length > maxSectionCharacters)
            {
                yield return part.ToString();
                part.Clear();
            }
            part.Append(part.Length > 0 ? Separator : "").Append(unit);
        }
        if (part.Length > 0)
        {
            yield return part.ToString();
        }
    }

    private static void CheckMarkers(KnowledgeDocument document, IReadOnlyList<string> headingPath, IReadOnlyList<string> units, List<string> errors)
    {
        var unknown = units.SelectMany(MarkerNumbers).Where(n => n < 1 || n > document.Sources.Count).Distinct().Order().ToList();
        if (unknown.Count > 0)
        {
            var markers = string.Join(", ", unknown.Select(n => $"[{n}]"));
            errors.Add($"section '{string.Join(" > ", headingPath)}' cites {markers}, but the front matter lists only {document.Sources.Count} source(s)");
        }
    }

    private static List<KnowledgeSource> Citations(KnowledgeDocument document, string text) =>
        MarkerNumbers(text).Where(n => n >= 1 && n <= document.Sources.Count).Distinct().Order().Select(n => document.Sources[n - 1]).ToList();

    private static IEnumerable<int> MarkerNumbers(string text) =>
        Marker().Matches(text).Select(match => int.TryParse(match.Groups[1].ValueSpan, out var n) ? n : 0);
}
