using MicroFuture.Bot.Downloads;
using MicroFuture.Bot.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.Bot.Tests.Downloads;

/// <summary>Hosts of the real bot for download tests: optionally on a fake clock, sharing one data directory.</summary>
internal static class DownloadHost
{
    /// <summary>
    /// A host of <paramref name="bot"/> (same data directory) whose TimeProvider is <paramref name="clock"/>;
    /// without the periodic cleanup when a test watches what a request alone does.
    /// </summary>
    public static WebApplicationFactory<Program> On(BotApplication bot, FakeTimeProvider? clock = null, bool cleanup = true) =>
        bot.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            if (clock is not null)
            {
                services.AddSingleton<TimeProvider>(clock);
            }
            if (!cleanup)
            {
                services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DownloadCleanupService)));
            }
        }));

    public static DownloadCleanupService Cleanup(this WebApplicationFactory<Program> host) =>
        host.Services.GetServices<IHostedService>().OfType<DownloadCleanupService>().Single();

    public static DownloadStore Store(this WebApplicationFactory<Program> host) => host.Services.GetRequiredService<DownloadStore>();

    /// <summary>The files kept for downloads in the data directory.</summary>
    public static string[] StoredFiles(BotApplication bot) =>
        Directory.Exists(Path.Combine(bot.DataDirectory, DownloadStore.FolderName))
            ? Directory.GetFiles(Path.Combine(bot.DataDirectory, DownloadStore.FolderName))
            : [];
}
