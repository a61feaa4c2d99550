using System.Numerics;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// One search over a snapshot: the full-text ranking and the dense ranking (when the model and the vectors are
/// there), fused by reciprocal rank (k = 60). Every returned hit carries its cosine similarity when the dense
/// side is on, lexical-only hits included, so that abstention can rely on one uniform signal.
/// </summary>
internal sealed class KnowledgeRanker(ITextEmbedder? embedder, ILogger logger)
{
    private const int RrfK = 60;
    private const int Candidates = 50;

    private readonly LexicalQuery lexicalQuery = new();

    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(IndexSnapshot snapshot, SearchQuestion question, int top, CancellationToken cancellationToken)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(question.Original) || snapshot.Sections.Count == 0)
        {
            return [];
        }
        var lexical = Lexical(snapshot, question);
        var similarities = await DenseAsync(snapshot, question, cancellationToken);

        var fused = new Dictionary<int, double>();
        AddRanks(fused, lexical.Keys);
        if (similarities is not null)
        {
            AddRanks(fused, Enumerable.Range(0, similarities.Length).OrderByDescending(i => similarities[i]).Take(Candidates));
        }
        return fused
            .OrderByDescending(f => f.Value)
            .ThenByDescending(f => similarities?[f.Key] ?? 0)
            .Take(top)
            .Select(f => new KnowledgeHit(
                snapshot.Sections[f.Key],
                f.Value,
                similarities is null ? null : similarities[f.Key],
                lexical.TryGetValue(f.Key, out var score) ? score : null))
            .ToList();
    }

    // Ordinal → Lucene score, best first (a Dictionary keeps insertion order while nothing is removed).
    private Dictionary<int, double> Lexical(IndexSnapshot snapshot, SearchQuestion question)
    {
        var result = new Dictionary<int, double>();
        var luceneQuery = lexicalQuery.Build(question, snapshot.Languages);
        if (luceneQuery is null)
        {
            return result;
        }
        foreach (var hit in snapshot.Searcher.Search(luceneQuery, Candidates).ScoreDocs)
        {
            var ordinal = snapshot.Searcher.Doc(hit.Doc).GetField(IndexSnapshot.OrdinalField).GetInt32Value()!.Value;
            result.TryAdd(ordinal, hit.Score);
        }
        return result;
    }

    private async Task<double[]?> DenseAsync(IndexSnapshot snapshot, SearchQuestion question, CancellationToken cancellationToken)
    {
        if (embedder is not { IsReady: true } || snapshot.Vectors is null || snapshot.Vectors.Length != snapshot.Sections.Count)
        {
            return null;
        }
        float[] queryVector;
        try
        {
            queryVector = await embedder.EmbedQueryAsync(question.English, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A remote embedding service that fails (quota, network) costs the dense half, never the answer.
            KnowledgeIndexLog.QueryEmbeddingFailed(logger, exception);
            return null;
        }
        var similarities = new double[snapshot.Vectors.Length];
        for (var i = 0; i < similarities.Length; i++)
        {
            similarities[i] = Dot(queryVector, snapshot.Vectors[i]);
        }
        return similarities;
    }

    private static void AddRanks(Dictionary<int, double> fused, IEnumerable<int> ranking)
    {
        var rank = 0;
        foreach (var ordinal in ranking)
        {
            rank++;
            fused[ordinal] = fused.GetValueOrDefault(ordinal) + 1.0 / (RrfK + rank);
        }
    }

    // Both vectors have unit length: their dot product is the cosine.
    private static double Dot(float[] a, float[] b)
    {
        var sum = 0f;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += Vector.Dot(new Vector<float>(a, i), new Vector<float>(b, i));
        }
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
