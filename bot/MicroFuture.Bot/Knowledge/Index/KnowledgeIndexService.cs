using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// Keeps the index current while the bot runs: builds it at start (full text first, so searches work at once),
/// loads the embedding model in the background and adds the vectors, then rebuilds after the knowledge folder
/// changes (watcher events, debounced) or when a periodic content check finds a change the watcher missed.
/// </summary>
public sealed class KnowledgeIndexService(
    KnowledgeIndex index,
    KnowledgeFolder folder,
    IOptions<KnowledgeIndexOptions> options,
    ILogger<KnowledgeIndexService> logger,
    ITextEmbedder? embedder = null) : BackgroundService
{
    private string? fingerprint;

    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the host's start path: the bot answers HTTP while the index is built.
        await Task.Yield();
        using var watcher = Watch();
        await RefreshAsync(stoppingToken);
        if (embedder is not null)
        {
            try
            {
                await embedder.WarmUpAsync(stoppingToken);
                await RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                KnowledgeIndexLog.ModelFailed(logger, exception);
            }
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await WaitForChangeAsync(stoppingToken);
            // Unchanged files: no reload, so a malformed file is not reported again at every check.
            var now = await FingerprintAsync(stoppingToken);
            if (now != fingerprint)
            {
                await RefreshAsync(stoppingToken, now);
            }
        }
    }

    /// <param name="before">The files' fingerprint taken before this refresh, when the caller has just taken it.</param>
    private async Task RefreshAsync(CancellationToken cancellationToken, string? before = null)
    {
        try
        {
            before ??= await FingerprintAsync(cancellationToken);
            await index.RefreshAsync(cancellationToken);
            fingerprint = before;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            KnowledgeIndexLog.RebuildFailed(logger, exception);
        }
    }

    // Returns after a change and a quiet period, or after the refresh interval (then the refresh compares hashes).
    private async Task WaitForChangeAsync(CancellationToken cancellationToken)
    {
        using var interval = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        interval.CancelAfter(options.Value.RefreshInterval);
        try
        {
            await changes.Reader.ReadAsync(interval.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return;
        }
        // Editors save in several steps (temp file, rename): wait until the folder is quiet.
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(options.Value.WatchDebounce);
            try
            {
                await changes.Reader.ReadAsync(quiet.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    // The content hash of every knowledge file (the files the loader reads): cheap next to a reload (the folder is small).
    private async Task<string> FingerprintAsync(CancellationToken cancellationToken)
    {
        var lines = new StringBuilder();
        foreach (var (file, _) in folder.Files())
        {
            try
            {
                var hash = SHA256.HashData(await File.ReadAllBytesAsync(file, cancellationToken));
                lines.Append(file).Append('\t').Append(Convert.ToHexString(hash)).Append('\n');
            }
            catch (IOException)
            {
                // Being written: the watcher reports the end of the write.
                lines.Append(file).Append("\tbusy\n");
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }

    private FileSystemWatcher? Watch()
    {
        if (!Directory.Exists(folder.Path))
        {
            return null;
        }
        var watcher = new FileSystemWatcher(folder.Path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => changes.Writer.TryWrite(true);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => changes.Writer.TryWrite(true);
        // An overflow loses events: a refresh compares content hashes, so it is always safe to trigger one.
        watcher.Error += (_, _) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
