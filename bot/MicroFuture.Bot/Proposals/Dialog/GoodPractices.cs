using MicroFuture.Bot.Knowledge;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>A good practice offered as a choice: its heading in the knowledge, a stable key and its first source.</summary>
public sealed record GoodPractice(string Key, string Title, string? SourceUrl);

/// <summary>
/// The good practices of <c>knowledge/good-practices.md</c> (its <c>##</c> sections), loaded once on first use; the
/// knowledge sections are also what "show examples" falls back on when no knowledge search is registered.
/// </summary>
public sealed class GoodPractices(KnowledgeLoader loader)
{
    private const string FileName = "good-practices.md";
    private readonly Lazy<Task<KnowledgeLoadResult>> _knowledge = new(() => loader.LoadAsync());

    public async Task<IReadOnlyList<GoodPractice>> ListAsync()
    {
        var knowledge = await _knowledge.Value.ConfigureAwait(false);
        return [.. knowledge.Sections
            .Where(s => string.Equals(s.Document.Path, FileName, StringComparison.OrdinalIgnoreCase) && s.HeadingPath.Count == 2)
            .GroupBy(s => s.Anchor, StringComparer.Ordinal)
            .Select(g => new GoodPractice(g.Key, g.First().HeadingPath[^1], g.SelectMany(s => s.Citations).FirstOrDefault()?.Url))];
    }

    /// <summary>Every loaded knowledge section.</summary>
    public async Task<IReadOnlyList<KnowledgeSection>> SectionsAsync() => (await _knowledge.Value.ConfigureAwait(false)).Sections;
}
