using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Words of a question or sentence as comparable terms: lower case, accents folded, stop words dropped, and cut to
/// a short stem so that "limits"/"limited" or "microcredit"/"microcrédito" meet.
/// </summary>
public static partial class QueryTerms
{
    private const int StemLength = 6;

    // Question words and function words of the languages partners write in; they say nothing about the topic.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "by", "can", "could", "did", "do", "does", "for", "from",
        "has", "have", "how", "i", "in", "into", "is", "it", "its", "me", "much", "many", "of", "on", "or", "our", "tell",
        "that", "the", "their", "there", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who", "whom",
        "why", "will", "with", "you", "your", "s", "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "est",
        "quel", "quelle", "quels", "comment", "il", "lo", "gli", "di", "del", "della", "che", "cosa", "come", "per", "e",
        "si", "ce", "cum", "care", "pentru", "din", "och", "vad", "hur", "det", "som", "ar", "av", "kaj", "je",
        "za", "na", "v", "ali", "se",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>The distinct stems of the content words of <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Of(string text) =>
        Word().Matches(Index.TextFolding.Fold(text)).Select(m => m.Value).Where(w => !StopWords.Contains(w) && !IsMarker(w)).Select(Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>The question as a cache key: folded, punctuation and runs of spaces collapsed to one space.</summary>
    public static string Normalise(string question) => string.Join(' ', Word().Matches(question.ToLowerInvariant()).Select(m => m.Value));

    /// <summary>How many of <paramref name="query"/>'s terms occur in <paramref name="text"/> (a stem meets its longer forms).</summary>
    public static int Overlap(IReadOnlySet<string> query, IReadOnlySet<string> text) => query.Count(term => text.Any(other => Meet(term, other)));

    private static bool Meet(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    private static string Stem(string word)
    {
        if (word.Length > StemLength)
        {
            return word[..StemLength];
        }
        var singular = word.TrimEnd('s');
        return singular.Length > 2 ? singular : word;
    }

    // Bare numbers of one digit are citation markers or list numbers, not topic words.
    private static bool IsMarker(string word) => word.Length == 1 && char.IsDigit(word[0]);
}
