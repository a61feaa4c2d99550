namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>Turns text into unit-length vectors whose dot product is their cosine similarity.</summary>
public interface ITextEmbedder
{
    /// <summary>Names the model: vectors of different models are never mixed in a cache.</summary>
    string ModelId { get; }

    /// <summary>True once the model is loaded; until then the index searches full text only.</summary>
    bool IsReady { get; }

    /// <summary>Loads the model (once); later calls return at once.</summary>
    Task WarmUpAsync(CancellationToken cancellationToken = default);

    /// <summary>Vectors of passages to be searched.</summary>
    Task<float[][]> EmbedPassagesAsync(IReadOnlyList<string> passages, CancellationToken cancellationToken = default);

    /// <summary>The vector of a question, to be compared with passage vectors.</summary>
    Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default);
}
