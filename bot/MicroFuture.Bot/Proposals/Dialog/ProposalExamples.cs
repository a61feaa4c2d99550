using System.Globalization;
using System.Text;
using MicroFuture.Bot.Knowledge;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// "show examples" at the instrument, gap and good-practice steps: two or three short excerpts from the knowledge
/// with their citations. Uses the knowledge search when one is registered (resolved on use, so this works with or
/// without it), else simple keyword matching over the loaded sections.
/// </summary>
public sealed class ProposalExamples(IServiceProvider services, GoodPractices knowledge)
{
    private const int Count = 3;
    private const int ExcerptLength = 280;

    /// <summary>What each section searches for.</summary>
    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        [ProposalSections.Instrument.Key] = "policy instrument programme managing authority microfinance ERDF ESF+",
        [ProposalSections.Problem.Key] = "problem gap access to microcredit vulnerable entrepreneurs challenge",
        [ProposalSections.Inspirations.Key] = "good practice microcredit guarantee fund lessons",
    };

    /// <summary>Whether the section offers examples.</summary>
    public static bool Offers(string? sectionKey) => sectionKey is not null && Queries.ContainsKey(sectionKey);

    /// <summary>The examples as a Markdown message, or a short "none found".</summary>
    public async Task<string> ForAsync(string sectionKey, CancellationToken cancellationToken)
    {
        var query = Queries[sectionKey];
        var sections = services.GetService<IKnowledgeSearch>() is { } search
            ? [.. (await search.SearchAsync(query, Count, cancellationToken).ConfigureAwait(false)).Hits.Select(h => h.Section)]
            : KeywordMatch(await knowledge.SectionsAsync().ConfigureAwait(false), query);
        if (sections.Count == 0)
        {
            return "I found no examples in the knowledge for this step.";
        }
        var text = new StringBuilder("Examples from the project's knowledge:\n\n");
        foreach (var section in sections.Take(Count))
        {
            text.Append("**").Append(section.HeadingPath[^1]).Append("** — ").Append(Excerpt(section.Text)).Append('\n');
            foreach (var source in section.Citations.Take(2))
            {
                text.Append("Source: ").Append(source.Title ?? section.Document.Title).Append(", ").Append(source.Url)
                    .Append(" (read ").Append(source.Read.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(")\n");
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd();
    }

    private static List<KnowledgeSection> KeywordMatch(IReadOnlyList<KnowledgeSection> sections, string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. sections
            .Select(s => (Section: s, Score: words.Count(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase) || string.Join(' ', s.HeadingPath).Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Score > 0 && x.Section.Citations.Count > 0)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Section)
            .Take(Count)];
    }

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= ExcerptLength ? flat : flat[..ExcerptLength].TrimEnd() + "…";
    }
}
