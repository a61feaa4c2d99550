using Lucene.Net.Store;
using MicroFuture.Bot.Hosting;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>
/// The index on disk: <c>DataDirectory/knowledge-index/&lt;version&gt;/</c> holds the full-text index
/// (<c>lucene/</c>) and the sections' vectors (<c>vectors-&lt;model&gt;.bin</c>); beside the versions,
/// <c>embeddings-&lt;model&gt;.bin</c> keeps every section vector by text hash, so a changed folder re-encodes
/// only the sections whose text changed.
/// </summary>
internal sealed class IndexCache(DataDirectory dataDirectory)
{
    public const string FolderName = "knowledge-index";
    private const string LuceneFolder = "lucene";

    public string Root { get; } = Path.Combine(dataDirectory.Path, FolderName);

    private string VersionFolder(string version) => Path.Combine(Root, version);

    /// <summary>The cached full-text index of <paramref name="version"/>, read into memory, or null.</summary>
    public RAMDirectory? TryOpenLucene(string version)
    {
        var folder = Path.Combine(VersionFolder(version), LuceneFolder);
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }
        // In memory: no file stays open, so an old version's folder can be deleted on any OS.
        using var disk = FSDirectory.Open(folder);
        return new RAMDirectory(disk, IOContext.DEFAULT);
    }

    public void SaveLucene(string version, LuceneDirectory index)
    {
        var folder = Path.Combine(VersionFolder(version), LuceneFolder);
        if (System.IO.Directory.Exists(folder))
        {
            return;
        }
        // Written aside and renamed: a folder named lucene/ is always complete.
        var temporary = $"{folder}.{Guid.NewGuid():N}.tmp";
        System.IO.Directory.CreateDirectory(temporary);
        using (var disk = FSDirectory.Open(temporary))
        {
            foreach (var file in index.ListAll())
            {
                index.Copy(disk, file, file, IOContext.DEFAULT);
            }
        }
        try
        {
            System.IO.Directory.Move(temporary, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another process sharing the data directory saved the same version first.
            System.IO.Directory.Delete(temporary, recursive: true);
        }
    }

    public float[][]? TryReadVectors(string version, string modelId, IReadOnlyList<string> keys)
    {
        var entries = VectorFile.TryRead(VectorsPath(version, modelId));
        if (entries is null || entries.Count != keys.Count || !entries.Select(e => e.Key).SequenceEqual(keys))
        {
            return null;
        }
        return [.. entries.Select(e => e.Vector)];
    }

    public void SaveVectors(string version, string modelId, IReadOnlyList<string> keys, float[][] vectors)
    {
        System.IO.Directory.CreateDirectory(VersionFolder(version));
        VectorFile.Write(VectorsPath(version, modelId), [.. keys.Zip(vectors)]);
    }

    public Dictionary<string, float[]> ReadEmbeddings(string modelId) =>
        (VectorFile.TryRead(EmbeddingsPath(modelId)) ?? []).DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Vector);

    public void SaveEmbeddings(string modelId, IReadOnlyDictionary<string, float[]> embeddings)
    {
        System.IO.Directory.CreateDirectory(Root);
        VectorFile.Write(EmbeddingsPath(modelId), [.. embeddings.Select(e => (e.Key, e.Value))]);
    }

    /// <summary>Removes the folders of versions other than <paramref name="current"/>; best effort.</summary>
    public void DeleteOtherVersions(string current)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root))
        {
            if (Path.GetFileName(folder) != current)
            {
                try
                {
                    System.IO.Directory.Delete(folder, recursive: true);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Still in use (another process, or Windows file locks): removed at a later rebuild.
                }
            }
        }
    }

    private string VectorsPath(string version, string modelId) => Path.Combine(VersionFolder(version), $"vectors-{modelId}.bin");

    private string EmbeddingsPath(string modelId) => Path.Combine(Root, $"embeddings-{modelId}.bin");
}
