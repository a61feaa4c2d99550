using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The glossary's term table (rows read as <c>EN: microcredit | FR: microcrédit [2] | ...</c>) as groups of
/// equivalent terms, plus the everyday question words of <see cref="QuestionWords"/>: together they give an English
/// reading of a question asked in a partner's language.
/// </summary>
internal sealed partial class Glossary
{
    private const string English = "EN";

    // A foreign word may carry an inflection the table does not list (microcrédits, mikrokrediti, garanzie).
    private const int InflectionLetters = 2;

    private readonly List<GlossaryTerm> terms;

    // English names of one thing (microcredit; microloan; micro loan), as folded words.
    private readonly List<string[][]> synonyms;

    private Glossary(List<GlossaryTerm> terms, List<string[][]> synonyms)
    {
        this.terms = terms;
        this.synonyms = synonyms;
    }

    public static Glossary Empty { get; } = new([], []);

    [GeneratedRegex(@"\[\d+\]|\(\?\)|\([^)]*\)|Note:.*$")]
    private static partial Regex Remarks();

    [GeneratedRegex(@"^(?<language>[A-Z]{2}): (?<terms>.*)$")]
    private static partial Regex Cell();

    /// <summary>The term table rows found in the glossary documents' sections, and the question words.</summary>
    public static Glossary From(IEnumerable<KnowledgeSection> sections) => From(sections, QuestionWords.Terms);

    /// <summary>The term table rows found in the glossary documents' sections, and <paramref name="questionWords"/>.</summary>
    public static Glossary From(IEnumerable<KnowledgeSection> sections, IEnumerable<GlossaryTerm> questionWords)
    {
        var terms = new List<GlossaryTerm>();
        var synonyms = new List<string[][]>();
        var rows = sections
            .Where(s => s.Document.Topics.Contains("glossary", StringComparer.OrdinalIgnoreCase) || s.Document.Path.EndsWith("glossary.md", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => s.Text.Split("\n\n"))
            .Where(row => row.StartsWith(English + ": ", StringComparison.Ordinal));
        foreach (var row in rows)
        {
            var cells = row.Split(" | ").Select(cell => Cell().Match(cell)).Where(m => m.Success).ToList();
            // The English cell may list other English names after the first: "microcredit; microloan; micro loan".
            var names = Remarks().Replace(cells[0].Groups["terms"].Value, " ").Replace('/', ' ').Split(';')
                .Select(name => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .Where(name => name.Length > 0)
                .ToList();
            var english = names[0];
            var englishWords = TextFolding.Words(english);
            if (names.Count > 1)
            {
                synonyms.Add([.. names.Select(TextFolding.Words)]);
            }
            foreach (var cell in cells.Skip(1))
            {
                foreach (var term in Remarks().Replace(cell.Groups["terms"].Value, " ").Split(';'))
                {
                    var words = TextFolding.Words(term);
                    // A term spelled as in English (microfinance, social business) needs no expansion.
                    if (words.Length > 0 && !words.SequenceEqual(englishWords))
                    {
                        terms.Add(new GlossaryTerm(words, cell.Groups["language"].Value.ToLowerInvariant(), english, QuestionWord: false));
                    }
                }
            }
        }
        // Curated glossary terms come first: on a tie they win over an everyday word.
        terms.AddRange(questionWords);
        return new Glossary(terms, synonyms);
    }

    /// <summary>
    /// The other English names of the things <paramref name="englishText"/> names: "micro loan" for "microcredit" and
    /// back, so that a question meets a section that uses the other name.
    /// </summary>
    public IReadOnlyList<string> EnglishSynonyms(string englishText)
    {
        var words = TextFolding.Words(englishText);
        var found = new List<string>();
        foreach (var group in synonyms)
        {
            var named = group.Where(name => Contains(words, name)).ToList();
            if (named.Count > 0)
            {
                found.AddRange(group.Except(named).Select(name => string.Join(' ', name)));
            }
        }
        return found;
    }

    private static bool Contains(string[] words, string[] name)
    {
        for (var start = 0; start + name.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, name.Length).SequenceEqual(name) || name.Length == 1 && words[start] == name[0] + "s")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The question's words (folded) with each foreign term replaced by its English term, and the languages of the
    /// glossary terms found: "kaj je mikrokredit" reads "what is microcredit", language sl. Question words apply only
    /// when <paramref name="language"/> is theirs (Romanian "care" is English "care" in an English question).
    /// </summary>
    public GlossaryTranslation Translate(string query, string? language = null)
    {
        var words = TextFolding.Words(query);
        var capitalised = TextFolding.Capitalised(query);
        var translated = new List<string>();
        var english = new List<string>();
        var languages = new List<string>();
        for (var position = 0; position < words.Length;)
        {
            var matches = terms.Where(term => (!term.QuestionWord || term.Language == language) && MatchesAt(words, position, term) && !IsEnglish(words, position, term)).ToList();
            if (matches.Count == 0)
            {
                translated.Add(words[position++]);
                continue;
            }
            // The longest term wins ("de ce" is "why", not "of what"), then one spelled out over a "*" stem.
            var match = matches.MaxBy(term => term.Words.Length * 2 - (term.Words[^1].EndsWith('*') ? 1 : 0))!;
            if (!match.QuestionWord && position > 0 && capitalised[position])
            {
                // A capitalised term inside the question is also a name ("Mikrofonden Sverige"): keep it.
                translated.AddRange(words.AsSpan(position, match.Words.Length));
            }
            translated.Add(match.English);
            if (!match.QuestionWord)
            {
                english.Add(match.English);
                languages.Add(match.Language);
            }
            position += match.Words.Length;
        }
        return new GlossaryTranslation(translated, english.Distinct().ToList(), languages.Distinct().ToList());
    }

    private static bool MatchesAt(string[] words, int start, GlossaryTerm term)
    {
        if (start + term.Words.Length > words.Length)
        {
            return false;
        }
        for (var i = 0; i < term.Words.Length; i++)
        {
            if (!Matches(words[start + i], term.Words[i], term.QuestionWord))
            {
                return false;
            }
        }
        return true;
    }

    // "microcredits" meets Italian "microcredito" by its ending, but it is the English term with an English ending.
    private static bool IsEnglish(string[] words, int start, GlossaryTerm term)
    {
        var english = term.EnglishWords;
        if (start + english.Length > words.Length)
        {
            return false;
        }
        for (var i = 0; i < english.Length; i++)
        {
            var word = words[start + i];
            // The English word, or its plural: "microcredito" is Italian, "microcredits" English.
            if (word != english[i] && word != english[i] + "s" && word != english[i] + "es")
            {
                return false;
            }
        }
        return true;
    }

    private static bool Matches(string word, string termWord, bool questionWord)
    {
        if (termWord.EndsWith('*'))
        {
            // A stem: any ending, as long as the stem itself is there.
            return word.StartsWith(termWord.AsSpan(0, termWord.Length - 1), StringComparison.Ordinal);
        }
        // Short terms (lån, TPE) must match whole; longer ones may carry an inflection.
        if (termWord.Length < 4)
        {
            return word == termWord;
        }
        if (word.StartsWith(termWord, StringComparison.Ordinal) && word.Length - termWord.Length <= InflectionLetters)
        {
            return true;
        }
        // A curated term's final vowel is often its case ending: "dobra praksa" also reads "dobre prakse", and
        // "garanzia" "garanzie". Question words list their forms or stems instead ("fondé" must not read "fonds").
        var stem = termWord.Length >= 5 && !questionWord && "aeiouy".Contains(termWord[^1]) ? termWord[..^1] : null;
        return stem is not null && word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= InflectionLetters + 1;
    }
}

/// <summary>One foreign term and the English it reads as.</summary>
/// <param name="Words">The term's folded words; a word ending in "*" is a stem that accepts any ending.</param>
/// <param name="Language">ISO 639-1 code of the term's language.</param>
/// <param name="QuestionWord">An everyday word of <see cref="QuestionWords"/>, applied only to questions in its language.</param>
internal sealed record GlossaryTerm(string[] Words, string Language, string English, bool QuestionWord)
{
    /// <summary>The English term's folded words, read once: every search compares them.</summary>
    public string[] EnglishWords { get; } = TextFolding.Words(English);
}

/// <summary>A question read through the glossary.</summary>
/// <param name="Words">The question's folded words, foreign terms replaced by their English terms.</param>
/// <param name="EnglishTerms">The English terms of the glossary terms found (question words not included).</param>
/// <param name="Languages">The languages of the glossary terms found.</param>
internal sealed record GlossaryTranslation(IReadOnlyList<string> Words, IReadOnlyList<string> EnglishTerms, IReadOnlyList<string> Languages);
