namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The everyday words of questions in the partners' languages (question-words.tsv, embedded): "quand", "fondé",
/// "srečanje" read as "when", "founded", "meeting", so that the English model and analyzer can read the question.
/// The microfinance terms themselves stay in the curated knowledge glossary.
/// </summary>
internal static class QuestionWords
{
    private const string ResourceName = "MicroFuture.Bot.Knowledge.question-words.tsv";

    /// <summary>The table's terms, each marked as a question word of its language.</summary>
    public static IReadOnlyList<GlossaryTerm> Terms { get; } = Load();

    private static List<GlossaryTerm> Load()
    {
        using var stream = typeof(QuestionWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Reads the tab-separated table: a header of language codes (English first), then one row per English word.</summary>
    public static List<GlossaryTerm> Parse(string table)
    {
        var rows = table.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        var languages = rows[0].Split('\t');
        var terms = new List<GlossaryTerm>();
        foreach (var cells in rows.Skip(1).Select(row => row.Split('\t')))
        {
            for (var column = 1; column < Math.Min(cells.Length, languages.Length); column++)
            {
                foreach (var alternative in cells[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    terms.Add(new GlossaryTerm(Words(alternative), languages[column], cells[0], QuestionWord: true));
                }
            }
        }
        return terms;
    }

    // Folded like the question ("d'action" gives two words), keeping a stem's trailing "*".
    private static string[] Words(string term) =>
        [.. term.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(word =>
        {
            var words = TextFolding.Words(word);
            return word.EndsWith('*') ? [.. words[..^1], words[^1] + "*"] : words;
        })];
}
