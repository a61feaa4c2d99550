using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// One immutable version of the index: the sections, their full-text index and (once encoded) their vectors.
/// A search holds a reference on the reader, so a snapshot swapped out mid-search closes only when that search ends.
/// </summary>
internal sealed class IndexSnapshot(string version, IReadOnlyList<KnowledgeSection> sections, DirectoryReader reader, float[][]? vectors, Glossary glossary)
{
    public const string OrdinalField = "ordinal";

    public string Version => version;
    public IReadOnlyList<KnowledgeSection> Sections => sections;
    public IndexSearcher Searcher { get; } = new(reader);
    public float[][]? Vectors => vectors;
    public Glossary Glossary => glossary;

    /// <summary>The languages the sections are indexed in (a language unknown to the analyzers counts as English).</summary>
    public IReadOnlySet<string> Languages { get; } = sections.Select(s => IndexAnalyzers.IndexLanguage(s.Document.Language)).ToHashSet(StringComparer.Ordinal);

    public bool TryAcquire() => reader.TryIncRef();

    public void Release() => reader.DecRef();
}
