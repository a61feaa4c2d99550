namespace MicroFuture.Bot.Knowledge;

/// <summary>
/// One retrieved section. <see cref="Score"/> orders hits (fused rank score); the absolute signals beside it are
/// what abstention is calibrated on: <see cref="Similarity"/> (cosine of query and section embeddings, when the
/// dense index is on) and <see cref="LexicalScore"/> (the full-text engine's score, when the section matched words).
/// </summary>
public sealed record KnowledgeHit(KnowledgeSection Section, double Score, double? Similarity, double? LexicalScore);

/// <summary>The hits of one search and the version (content hash) of the knowledge they came from.</summary>
/// <param name="Language">The question's language (ISO 639-1) when the search read it as another language than English.</param>
/// <param name="EnglishReading">That question as the search read it in English ("qui a fondé l'Adie" reads "who founded adie").</param>
public sealed record KnowledgeSearchResult(IReadOnlyList<KnowledgeHit> Hits, string KnowledgeVersion, string? Language = null, string? EnglishReading = null);

/// <summary>Finds the knowledge sections that best answer a question (hybrid full-text + dense retrieval).</summary>
public interface IKnowledgeSearch
{
    /// <summary>The best <paramref name="top"/> sections for <paramref name="query"/>, best first.</summary>
    Task<KnowledgeSearchResult> SearchAsync(string query, int top, CancellationToken cancellationToken = default);
}
