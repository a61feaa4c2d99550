using MicroFuture.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>Registers the knowledge index (config section <c>Knowledge:Index</c>) as <see cref="IKnowledgeSearch"/>.</summary>
public static class KnowledgeIndexServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeIndex(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeIndexOptions>().Bind(configuration.GetSection(KnowledgeIndexOptions.SectionName));
        services.AddOptions<AzureOpenAIEmbeddingOptions>().Bind(configuration.GetSection(AzureOpenAIEmbeddingOptions.SectionName));
        services.AddSingleton<ArcticTextEmbedder>();
        services.AddSingleton<AzureOpenAITextEmbedder>();
        services.AddSingleton(sp => new KnowledgeIndex(
            sp.GetRequiredService<KnowledgeLoader>(),
            sp.GetRequiredService<DataDirectory>(),
            Embedder(sp),
            sp.GetRequiredService<ILogger<KnowledgeIndex>>()));
        services.AddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<KnowledgeIndex>());
        services.AddHostedService(sp => new KnowledgeIndexService(
            sp.GetRequiredService<KnowledgeIndex>(),
            sp.GetRequiredService<KnowledgeFolder>(),
            sp.GetRequiredService<IOptions<KnowledgeIndexOptions>>(),
            sp.GetRequiredService<ILogger<KnowledgeIndexService>>(),
            Embedder(sp)));
        return services;
    }

    /// <summary>
    /// The embedder the index uses: null when embeddings are off (full text only, no model is loaded); Azure OpenAI
    /// when its endpoint and embedding deployment are configured, else the local model.
    /// </summary>
    internal static ITextEmbedder? Embedder(IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<KnowledgeIndexOptions>>().Value.Embeddings)
        {
            return null;
        }
        return services.GetRequiredService<IOptions<AzureOpenAIEmbeddingOptions>>().Value.IsConfigured
            ? services.GetRequiredService<AzureOpenAITextEmbedder>()
            : services.GetRequiredService<ArcticTextEmbedder>();
    }
}
