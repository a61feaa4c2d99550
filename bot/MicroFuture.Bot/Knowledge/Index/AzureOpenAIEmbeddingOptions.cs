namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// Azure OpenAI embeddings for the knowledge index, from section <c>AzureOpenAI</c>: used instead of the local
/// model when <see cref="Endpoint"/> and <see cref="EmbeddingDeployment"/> are both set.
/// </summary>
public sealed class AzureOpenAIEmbeddingOptions
{
    public const string SectionName = "AzureOpenAI";

    public string Endpoint { get; set; } = "";

    /// <summary>The deployment of an embedding model (e.g. text-embedding-3-small).</summary>
    public string EmbeddingDeployment { get; set; } = "";

    /// <summary>The resource's key; set it in the environment (AzureOpenAI__ApiKey), never in the file.</summary>
    public string ApiKey { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(EmbeddingDeployment);
}
