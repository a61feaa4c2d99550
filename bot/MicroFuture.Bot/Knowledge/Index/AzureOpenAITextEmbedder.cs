using System.ClientModel;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// Embeddings from an Azure OpenAI deployment through Microsoft.Extensions.AI. Multilingual models make a French
/// or Slovenian question comparable with English passages without the glossary's help.
/// </summary>
public sealed class AzureOpenAITextEmbedder(IOptions<AzureOpenAIEmbeddingOptions> options) : ITextEmbedder, IDisposable
{
    private readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> generator = new(() => Create(options.Value));

    public string ModelId => "azure-" + string.Concat(options.Value.EmbeddingDeployment.Where(char.IsAsciiLetterOrDigit));

    /// <summary>A remote service: nothing to load.</summary>
    public bool IsReady => true;

    public Task WarmUpAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<float[][]> EmbedPassagesAsync(IReadOnlyList<string> passages, CancellationToken cancellationToken = default)
    {
        var embeddings = await generator.Value.GenerateAsync(passages, cancellationToken: cancellationToken);
        return [.. embeddings.Select(embedding => Normalize(embedding.Vector.ToArray()))];
    }

    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default) =>
        (await EmbedPassagesAsync([query], cancellationToken))[0];

    public void Dispose()
    {
        if (generator.IsValueCreated)
        {
            generator.Value.Dispose();
        }
    }

    private static IEmbeddingGenerator<string, Embedding<float>> Create(AzureOpenAIEmbeddingOptions options) =>
        new AzureOpenAIClient(new Uri(options.Endpoint), new ApiKeyCredential(options.ApiKey))
            .GetEmbeddingClient(options.EmbeddingDeployment)
            .AsIEmbeddingGenerator();

    // The index compares by dot product, which is the cosine only for unit vectors.
    private static float[] Normalize(float[] vector)
    {
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return length > 0 ? [.. vector.Select(v => v / length)] : vector;
    }
}
