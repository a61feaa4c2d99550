using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>Splits a section's text into sentences, keeping each sentence's <c>[n]</c> source markers with it.</summary>
public static partial class SentenceSplitter
{
    // A sentence ends at . ! ? (optionally followed by markers like " [2] [3]") before a space and a capital,
    // digit or quote; abbreviations such as "No." or "e.g." are protected below.
    [GeneratedRegex(@"(?<=[.!?](?:\s*\[\d+\])*)\s+(?=[\p{Lu}\p{N}""'(*])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:No|no|e\.g|i\.e|etc|vs|Art|art|approx|Dr|Mr|Ms|St|cf|p|pp|Nr|n)\.$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\s*\[(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListBullet();

    /// <summary>The sentences of <paramref name="text"/>, in order; list items and table rows are sentences of their own.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('|'))
            {
                // a table row: its cells read as one sentence; the separator row has no words
                var cells = line.Trim('|').Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (cells.Any(c => c.Any(char.IsLetterOrDigit)))
                {
                    sentences.Add(string.Join("; ", cells));
                }
                continue;
            }
            var pending = "";
            foreach (var part in Boundary().Split(ListBullet().Replace(line, "")))
            {
                pending = pending.Length == 0 ? part : pending + " " + part;
                if (!Abbreviation().IsMatch(pending))
                {
                    sentences.Add(pending);
                    pending = "";
                }
            }
            if (pending.Length > 0)
            {
                sentences.Add(pending);
            }
        }
        return sentences;
    }

    /// <summary>The sentence without its <c>[n]</c> markers.</summary>
    public static string WithoutMarkers(string sentence) => Marker().Replace(sentence, "").Trim();

    /// <summary>The numbers of the sentence's <c>[n]</c> markers.</summary>
    public static IEnumerable<int> Markers(string sentence) =>
        Marker().Matches(sentence).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
}
