namespace MicroFuture.Bot.Downloads;

/// <summary>Deletes expired downloads at start and then every <see cref="Interval"/>, on the host's TimeProvider.</summary>
public sealed class DownloadCleanupService(DownloadStore store, TimeProvider time, ILogger<DownloadCleanupService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Raised after each sweep with the number of downloads deleted (lets tests await a sweep).</summary>
    internal event Action<int>? Swept;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await SweepAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        try
        {
            deleted = await store.DeleteExpiredAsync(cancellationToken);
            if (deleted > 0)
            {
                DownloadLog.Swept(logger, deleted);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            DownloadLog.SweepFailed(logger, e);
        }
        Swept?.Invoke(deleted);
    }
}
