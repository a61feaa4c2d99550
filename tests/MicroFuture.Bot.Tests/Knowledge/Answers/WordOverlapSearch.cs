using MicroFuture.Bot.Knowledge;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// Test double of the knowledge search: deterministic, over in-memory sections. A section's similarity is the share
/// of the query's words (4+ letters) found in it, its lexical score 3 points per such word; it counts its calls.
/// </summary>
internal sealed class WordOverlapSearch(IReadOnlyList<KnowledgeSection> sections, string version = "v1") : IKnowledgeSearch
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<KnowledgeSearchResult> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var words = Words(query);
        var hits = sections
            .Select(section => (Section: section, Matched: words.Count(Words(string.Join(' ', section.HeadingPath) + " " + section.Text).Contains)))
            .Where(s => s.Matched > 0)
            .OrderByDescending(s => s.Matched)
            .Take(top)
            .Select((s, rank) => new KnowledgeHit(s.Section, 1.0 / (60 + rank), words.Count == 0 ? 0 : (double)s.Matched / words.Count, 3.0 * s.Matched))
            .ToList();
        return Task.FromResult(new KnowledgeSearchResult(hits, version));
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '?', '.', ',', '\n', '(', ')', ':', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w is not ("what" or "does" or "which" or "with" or "from" or "about"))
            .ToHashSet();
}
