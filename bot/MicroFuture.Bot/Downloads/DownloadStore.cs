using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MicroFuture.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Downloads;

/// <summary>
/// Generated files behind unguessable, expiring links, kept as files in <c>DataDirectory/downloads/</c> so a link
/// given before a restart still works after it. Each file sits beside a JSON sidecar, both named by the SHA-256 of
/// the token: the folder never holds the tokens themselves.
/// </summary>
public sealed class DownloadStore(DataDirectory dataDirectory, IOptions<DownloadOptions> options, DownloadBaseUrl baseUrl, TimeProvider time, ILogger<DownloadStore> logger)
{
    public const string FolderName = "downloads";
    public const string RoutePrefix = "/downloads";
    private const int TokenBytes = 32;
    private const int TokenLength = 43; // 32 bytes in unpadded base64url

    private readonly string folder = Directory.CreateDirectory(Path.Combine(dataDirectory.Path, FolderName)).FullName;
    private readonly HashSet<string> orphans = new(StringComparer.Ordinal);

    /// <summary>Stores the bytes and returns the link that serves them until <paramref name="lifetime"/> (default: <c>Downloads:Lifetime</c>) has passed.</summary>
    public async Task<DownloadLink> CreateAsync(string fileName, string contentType, ReadOnlyMemory<byte> bytes, string ownerId, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        var name = DownloadFileName.Sanitize(fileName);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var hash = Hash(token);
        var now = time.GetUtcNow();
        var metadata = new DownloadMetadata
        {
            TokenHash = Convert.ToHexStringLower(hash),
            FileName = name,
            ContentType = contentType,
            OwnerId = ownerId,
            CreatedUtc = now,
            ExpiresUtc = now + (lifetime ?? options.Value.Lifetime),
        };
        await WriteAtomicallyAsync(DataPath(metadata.TokenHash), bytes, cancellationToken);
        // The sidecar last: a download exists only once its bytes are complete.
        await WriteAtomicallyAsync(MetadataPath(metadata.TokenHash), JsonSerializer.SerializeToUtf8Bytes(metadata), cancellationToken);
        var path = $"{RoutePrefix}/{token}/{Uri.EscapeDataString(name)}";
        return new DownloadLink(token, name, path, new Uri(baseUrl.Get(), path.TrimStart('/')), metadata.ExpiresUtc);
    }

    /// <summary>The stored file for this token and file name; null when unknown, expired (then deleted) or the name differs.</summary>
    public async Task<StoredDownload?> FindAsync(string token, string fileName, CancellationToken cancellationToken = default)
    {
        if (token.Length != TokenLength || !Base64Url.IsValid(token))
        {
            return null;
        }
        var hash = Hash(token);
        var key = Convert.ToHexStringLower(hash);
        var metadata = await ReadMetadataAsync(MetadataPath(key), cancellationToken);
        if (metadata is null || !CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(metadata.TokenHash)))
        {
            return null;
        }
        if (metadata.ExpiresUtc <= time.GetUtcNow())
        {
            Delete(key);
            return null;
        }
        var dataPath = DataPath(key);
        return string.Equals(metadata.FileName, fileName, StringComparison.Ordinal) && File.Exists(dataPath)
            ? new StoredDownload(metadata.FileName, metadata.ContentType, dataPath)
            : null;
    }

    /// <summary>Deletes every expired download (and files a crash left without sidecar); returns how many downloads expired.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var deleted = 0;
        foreach (var sidecar in Directory.EnumerateFiles(folder, "*.json"))
        {
            var metadata = await ReadMetadataAsync(sidecar, cancellationToken);
            if (metadata is not null && metadata.ExpiresUtc <= now)
            {
                Delete(Path.GetFileNameWithoutExtension(sidecar));
                deleted++;
            }
        }
        DeleteOrphans();
        return deleted;
    }

    // Bytes (or a temporary file) without a sidecar are left by a crash in CreateAsync and never served. A file
    // still orphaned one sweep later (an hour) is surely not a creation in progress, whatever the file clock says.
    private void DeleteOrphans()
    {
        lock (orphans)
        {
            var current = Directory.EnumerateFiles(folder)
                .Where(p => !p.EndsWith(".json", StringComparison.Ordinal) && !File.Exists(MetadataPath(Path.GetFileName(p).Split('.')[0])))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var path in current.Where(orphans.Contains).ToList())
            {
                DeleteFile(path);
                current.Remove(path);
            }
            orphans.Clear();
            orphans.UnionWith(current);
        }
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    private string DataPath(string key) => Path.Combine(folder, key + ".bin");

    private string MetadataPath(string key) => Path.Combine(folder, key + ".json");

    private async Task<DownloadMetadata?> ReadMetadataAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var metadata = await JsonSerializer.DeserializeAsync<DownloadMetadata>(stream, cancellationToken: cancellationToken);
            return metadata is { TokenHash.Length: 64 } && metadata.TokenHash.All(char.IsAsciiHexDigit) ? metadata : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is JsonException or IOException or FormatException)
        {
            DownloadLog.UnreadableSidecar(logger, Path.GetFileName(path), e);
            return null;
        }
    }

    private void Delete(string key)
    {
        // Sidecar first, so a half-deleted download is no longer served.
        DeleteFile(MetadataPath(key));
        DeleteFile(DataPath(key));
    }

    private void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException e)
        {
            DownloadLog.DeleteFailed(logger, Path.GetFileName(path), e);
        }
    }

    // Another process (or a crash) never sees a half-written file: write beside, then rename.
    private static async Task WriteAtomicallyAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }
}

internal static partial class DownloadLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Download sidecar {File} cannot be read; the download is not served.")]
    public static partial void UnreadableSidecar(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Expired download file {File} could not be deleted; the next cleanup tries again.")]
    public static partial void DeleteFailed(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Deleted {Count} expired downloads.")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 403, Level = LogLevel.Error, Message = "Cleaning expired downloads failed; the next run tries again.")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
