using System.Globalization;
using System.Text;
using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;

namespace MicroFuture.Bench.Knowledge;

/// <summary>
/// Writes a synthetic knowledge folder of about <c>chunks</c> sections: Markdown files with valid front matter whose
/// sections are real sentences of the knowledge folder recombined at random (fixed seed: every run writes the same
/// files). Sections stay short, so each is one chunk.
/// </summary>
internal static class SyntheticCorpus
{
    private const int SectionsPerFile = 10;
    private const int SentencesPerSection = 3;

    public static void Write(string folder, IReadOnlyList<KnowledgeSection> realSections, int chunks)
    {
        var sentences = realSections
            .SelectMany(s => SentenceSplitter.Split(s.Text))
            .Select(SentenceSplitter.WithoutMarkers)
            .Where(s => s.Length is >= 40 and <= 300 && !s.StartsWith('|'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var headings = realSections.Select(s => s.HeadingPath[^1]).Distinct(StringComparer.Ordinal).ToList();
        var random = new Random(20261127);
        var files = (chunks + SectionsPerFile - 1) / SectionsPerFile;
        for (var file = 0; file < files; file++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"""
                ---
                title: "Synthetic knowledge file {file}"
                sources:
                  - url: https://example.org/synthetic/{file}
                    read: 2026-11-27
                language: en
                topics: [synthetic, benchmark]
                reviewed: 2026-11-27
                review_by: 2027-05-27
                ---

                # Synthetic knowledge file {file}

                """);
            var sections = Math.Min(SectionsPerFile, chunks - file * SectionsPerFile);
            for (var section = 0; section < sections; section++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n## {headings[random.Next(headings.Count)]} ({file}.{section})\n\n");
                for (var sentence = 0; sentence < SentencesPerSection; sentence++)
                {
                    text.Append(sentences[random.Next(sentences.Count)]).Append(" [1] ");
                }
                text.Append('\n');
            }
            var subfolder = Path.Combine(folder, $"part-{file / 100:000}");
            Directory.CreateDirectory(subfolder);
            File.WriteAllText(Path.Combine(subfolder, $"synthetic-{file:00000}.md"), text.ToString());
        }
    }
}
