using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The glossary's term table (rows read as <c>EN: microcredit | FR: microcrédit [2] | ...</c>) as groups of
/// equivalent terms, used to add the English term to a question that names a term in another language.
/// </summary>
internal sealed partial class Glossary
{
    private const string English = "EN";

    // A foreign word may carry an inflection the table does not list (microcrédits, mikrokrediti, garanzie).
    private const int InflectionLetters = 2;

    private readonly List<(string[] Words, string Language, string English)> terms;

    private Glossary(List<(string[] Words, string Language, string English)> terms) => this.terms = terms;

    public static Glossary Empty { get; } = new([]);

    public int TermCount => terms.Count;

    [GeneratedRegex(@"\[\d+\]|\(\?\)|\([^)]*\)|Note:.*$")]
    private static partial Regex Remarks();

    [GeneratedRegex(@"^(?<language>[A-Z]{2}): (?<terms>.*)$")]
    private static partial Regex Cell();

    /// <summary>The term table rows found in the glossary documents' sections.</summary>
    public static Glossary From(IEnumerable<KnowledgeSection> sections)
    {
        var terms = new List<(string[] Words, string Language, string English)>();
        var rows = sections
            .Where(s => s.Document.Topics.Contains("glossary", StringComparer.OrdinalIgnoreCase) || s.Document.Path.EndsWith("glossary.md", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.Text.Split("\n\n"))
            .Where(row => row.StartsWith(English + ": ", StringComparison.Ordinal));
        foreach (var row in rows)
        {
            var cells = row.Split(" | ").Select(cell => Cell().Match(cell)).Where(m => m.Success).ToList();
            var english = Remarks().Replace(cells[0].Groups["terms"].Value, " ").Replace('/', ' ').Trim();
            var englishWords = TextFolding.Words(english);
            foreach (var cell in cells.Skip(1))
            {
                foreach (var term in Remarks().Replace(cell.Groups["terms"].Value, " ").Split(';'))
                {
                    var words = TextFolding.Words(term);
                    // A term spelled as in English (microfinance, social business) needs no expansion.
                    if (words.Length > 0 && !words.SequenceEqual(englishWords))
                    {
                        terms.Add((words, cell.Groups["language"].Value.ToLowerInvariant(), english));
                    }
                }
            }
        }
        return new Glossary(terms);
    }

    /// <summary>
    /// The question's words (folded) with each foreign glossary term replaced by its English term, and the
    /// languages of the terms found: "kaj je mikrokredit" reads "kaj je microcredit", language sl.
    /// </summary>
    public GlossaryTranslation Translate(string query)
    {
        var words = TextFolding.Words(query);
        var translated = new List<string>();
        var english = new List<string>();
        var languages = new List<string>();
        for (var position = 0; position < words.Length;)
        {
            var matches = terms.Where(term => MatchesAt(words, position, term.Words)).ToList();
            if (matches.Count == 0)
            {
                translated.Add(words[position++]);
                continue;
            }
            var match = matches.MaxBy(term => term.Words.Length);
            translated.Add(match.English);
            english.Add(match.English);
            languages.Add(match.Language);
            position += match.Words.Length;
        }
        return new GlossaryTranslation(translated, english.Distinct().ToList(), languages.Distinct().ToList());
    }

    private static bool MatchesAt(string[] words, int start, string[] term)
    {
        if (start + term.Length > words.Length)
        {
            return false;
        }
        for (var i = 0; i < term.Length; i++)
        {
            var word = words[start + i];
            // Short terms (lån, TPE) must match whole; longer ones may carry an inflection.
            var matches = word.StartsWith(term[i], StringComparison.Ordinal) && word.Length - term[i].Length <= InflectionLetters
                && (term[i].Length >= 4 || word.Length == term[i].Length);
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>A question read through the glossary.</summary>
/// <param name="Words">The question's folded words, foreign terms replaced by their English terms.</param>
/// <param name="EnglishTerms">The English terms put in.</param>
/// <param name="Languages">The languages of the foreign terms found.</param>
internal sealed record GlossaryTranslation(IReadOnlyList<string> Words, IReadOnlyList<string> EnglishTerms, IReadOnlyList<string> Languages);
