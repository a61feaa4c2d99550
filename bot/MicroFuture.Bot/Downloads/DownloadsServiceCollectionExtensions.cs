using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MicroFuture.Bot.Downloads;

/// <summary>Registers the download store, its cleanup and its endpoint (section <c>Downloads</c>).</summary>
public static class DownloadsServiceCollectionExtensions
{
    public static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>().Bind(configuration.GetSection(DownloadOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DownloadBaseUrl>();
        services.AddSingleton<DownloadStore>();
        services.AddHostedService<DownloadCleanupService>();
        return services;
    }

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        DownloadEndpoints.Map(endpoints);
        return endpoints;
    }
}
