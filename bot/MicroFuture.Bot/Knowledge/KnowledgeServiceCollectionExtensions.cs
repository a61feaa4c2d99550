using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Knowledge.Index;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge;

/// <summary>Registers the knowledge loader (config key <c>Knowledge:Folder</c>).</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <param name="configurationFile">The <c>appsettings.json</c> in use: a relative folder is taken from its folder.</param>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration, string configurationFile)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        // Resolved when first used, so configuration added by a test host is seen too.
        services.AddSingleton(sp => new KnowledgeFolder(
            ConfigurationFile.ResolvePath(configurationFile, sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Folder, KnowledgeOptions.DefaultFolder)));
        services.AddSingleton<KnowledgeLoader>();
        services.AddKnowledgeIndex(configuration);
        return services;
    }
}
