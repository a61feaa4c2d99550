using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using MicroFuture.Bot.Hosting;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>What a (re)build of the index produced.</summary>
/// <param name="EncodedSections">Sections the embedding model had to encode (0 when every vector came from a cache).</param>
/// <param name="Dense">Whether the new index has vectors (false until the model is ready).</param>
/// <param name="Documents">The knowledge files loaded (files with problems excepted).</param>
public sealed record KnowledgeIndexBuilt(string Version, int Sections, int EncodedSections, bool Dense, TimeSpan Elapsed, IReadOnlyList<KnowledgeProblem> Problems, int Documents = 0);

/// <summary>
/// The hybrid knowledge index: Lucene full text and dense vectors over the loaded sections, fused by reciprocal
/// rank. <see cref="RefreshAsync"/> reloads the folder and, when its content changed (or vectors became possible),
/// builds a new snapshot and swaps it in atomically; searches in flight finish on the old one.
/// </summary>
public sealed class KnowledgeIndex : IKnowledgeSearch, IKnowledgeVersion, IDisposable
{
    private const int EncodeBatchSize = 16;

    /// <summary>The <see cref="KnowledgeSearchResult.KnowledgeVersion"/> while no index could be built.</summary>
    public const string UnavailableVersion = "unavailable";

    private readonly KnowledgeLoader loader;
    private readonly ITextEmbedder? embedder;
    private readonly ILogger<KnowledgeIndex> logger;
    private readonly IndexCache cache;
    private readonly KnowledgeRanker ranker;
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private readonly TaskCompletionSource firstSnapshot = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Dictionary<string, float[]>? embeddings;
    private IndexSnapshot? current;

    /// <param name="embedder">The embedding model, or null for full text only.</param>
    public KnowledgeIndex(KnowledgeLoader loader, DataDirectory dataDirectory, ITextEmbedder? embedder, ILogger<KnowledgeIndex> logger)
    {
        this.loader = loader;
        this.embedder = embedder;
        this.logger = logger;
        cache = new IndexCache(dataDirectory);
        ranker = new KnowledgeRanker(embedder, logger);
    }

    /// <summary>Raised after each new snapshot is swapped in.</summary>
    public event Action<KnowledgeIndexBuilt>? Rebuilt;

    /// <summary>The version searches currently use ("" before the first build): cached answers are keyed by it.</summary>
    public string KnowledgeVersion => Volatile.Read(ref current)?.Version ?? "";

    /// <summary>What the last (re)build produced (counts, timing, skipped files), or null before the first.</summary>
    public KnowledgeIndexBuilt? LastBuild { get; private set; }

    public async Task<KnowledgeSearchResult> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        await firstSnapshot.Task.WaitAsync(cancellationToken);
        var snapshot = Acquire();
        try
        {
            var question = SearchQuestion.Read(query, snapshot.Glossary);
            var hits = await ranker.SearchAsync(snapshot, question, top, cancellationToken);
            return question.Language is null
                ? new KnowledgeSearchResult(hits, snapshot.Version)
                : new KnowledgeSearchResult(hits, snapshot.Version, question.Language, question.English);
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>Reloads the knowledge folder and rebuilds when needed; returns what was built, or null when nothing changed.</summary>
    public async Task<KnowledgeIndexBuilt?> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var load = await loader.LoadAsync(cancellationToken);
            var version = VersionOf(load.Documents);
            var old = Volatile.Read(ref current);
            var dense = embedder is { IsReady: true };
            if (old is not null && old.Version == version && (old.Vectors is not null || !dense))
            {
                return null;
            }

            var sections = load.Sections;
            var keys = sections.Select(SectionKey).ToList();
            RAMDirectory lucene;
            try
            {
                lucene = cache.TryOpenLucene(version) ?? BuildLucene(version, sections);
            }
            catch (Exception) when (old is null)
            {
                // No index at all (e.g. the data directory is not writable): searches find nothing rather than wait.
                // Its version is none of the folder's, so the next refresh tries the real build again.
                Swap(new IndexSnapshot(UnavailableVersion, [], DirectoryReader.Open(EmptyLucene()), null, Glossary.Empty));
                throw;
            }
            var glossary = Glossary.From(sections);
            var vectors = embedder is null ? null : cache.TryReadVectors(version, embedder.ModelId, keys);
            var encoded = 0;
            if (vectors is null && dense)
            {
                if (old is null)
                {
                    // Encoding takes a while: the first searches use full text meanwhile instead of waiting.
                    Swap(new IndexSnapshot(version, sections, DirectoryReader.Open(lucene), null, glossary));
                }
                try
                {
                    var (fresh, count) = await EncodeAsync(sections, keys, cancellationToken);
                    (vectors, encoded) = (fresh, count);
                    TryCache(() => cache.SaveVectors(version, embedder!.ModelId, keys, fresh));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Full text only for this version; the next refresh tries the vectors again.
                    KnowledgeIndexLog.ModelFailed(logger, exception);
                }
            }

            var next = new IndexSnapshot(version, sections, DirectoryReader.Open(lucene), vectors, glossary);
            Swap(next);
            TryCache(() => cache.DeleteOtherVersions(version));
            var built = new KnowledgeIndexBuilt(version, sections.Count, encoded, vectors is not null, stopwatch.Elapsed, load.Problems, load.Documents.Count);
            KnowledgeIndexLog.Built(logger, version[..12], sections.Count, encoded, built.Dense, stopwatch.ElapsedMilliseconds, load.Problems.Count);
            LastBuild = built;
            Rebuilt?.Invoke(built);
            return built;
        }
        finally
        {
            refreshing.Release();
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref current, null)?.Release();
        refreshing.Dispose();
    }

    private IndexSnapshot Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref current) ?? throw new ObjectDisposedException(nameof(KnowledgeIndex));
            if (snapshot.TryAcquire())
            {
                return snapshot;
            }
            // Swapped out and closed between the read and the acquire: the next read sees the new one.
        }
    }

    private void Swap(IndexSnapshot next)
    {
        // The snapshot's own reference; searches still holding theirs keep the old reader open until they end.
        Interlocked.Exchange(ref current, next)?.Release();
        firstSnapshot.TrySetResult();
    }

    private RAMDirectory BuildLucene(string version, IReadOnlyList<KnowledgeSection> sections)
    {
        var directory = WriteLucene(sections);
        TryCache(() => cache.SaveLucene(version, directory));
        return directory;
    }

    private static RAMDirectory EmptyLucene() => WriteLucene([]);

    private static RAMDirectory WriteLucene(IReadOnlyList<KnowledgeSection> sections)
    {
        var directory = new RAMDirectory();
        using var analyzer = IndexAnalyzers.ForIndexing();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE });
        for (var ordinal = 0; ordinal < sections.Count; ordinal++)
        {
            writer.AddDocument(ToDocument(ordinal, sections[ordinal]));
        }
        writer.Commit();
        return directory;
    }

    private static Document ToDocument(int ordinal, KnowledgeSection section)
    {
        var document = new Document { new StoredField(IndexSnapshot.OrdinalField, ordinal) };
        var fields = new Dictionary<string, string>
        {
            ["heading"] = string.Join(" \n ", section.HeadingPath),
            ["title"] = section.Document.Title,
            ["topics"] = string.Join(" \n ", section.Document.Topics),
            ["partner"] = section.Document.Partner ?? "",
            ["text"] = section.Text,
        };
        var language = IndexAnalyzers.IndexLanguage(section.Document.Language);
        foreach (var (name, value) in fields.Where(f => f.Value.Length > 0))
        {
            document.Add(new TextField(IndexAnalyzers.FieldName(name, language), value, Field.Store.NO));
            document.Add(new TextField(IndexAnalyzers.FieldName(name, IndexAnalyzers.Folded), value, Field.Store.NO));
        }
        return document;
    }

    // Only sections whose text is not in the embedding cache are encoded.
    private async Task<(float[][] Vectors, int Encoded)> EncodeAsync(IReadOnlyList<KnowledgeSection> sections, List<string> keys, CancellationToken cancellationToken)
    {
        embeddings ??= cache.ReadEmbeddings(embedder!.ModelId);
        var missing = Enumerable.Range(0, sections.Count)
            .Where(i => !embeddings.ContainsKey(keys[i]))
            .DistinctBy(i => keys[i])
            .OrderBy(i => sections[i].Text.Length) // similar lengths per batch: less padding
            .ToList();
        for (var done = 0; done < missing.Count; done += EncodeBatchSize)
        {
            var batch = missing.Skip(done).Take(EncodeBatchSize).ToList();
            var vectors = await embedder!.EmbedPassagesAsync([.. batch.Select(i => PassageText(sections[i]))], cancellationToken);
            for (var j = 0; j < batch.Count; j++)
            {
                embeddings[keys[batch[j]]] = vectors[j];
            }
            KnowledgeIndexLog.Encoding(logger, done + batch.Count, missing.Count);
        }
        if (missing.Count > 0)
        {
            // Only the vectors still in use are kept: the cache does not grow with every edit.
            var used = keys.ToHashSet();
            foreach (var key in embeddings.Keys.Where(k => !used.Contains(k)).ToList())
            {
                embeddings.Remove(key);
            }
            TryCache(() => cache.SaveEmbeddings(embedder!.ModelId, embeddings));
        }
        return ([.. keys.Select(k => embeddings[k])], missing.Count);
    }

    // The cache only saves work at the next start: failing to write it never stops the index.
    private void TryCache(Action write)
    {
        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            KnowledgeIndexLog.CacheNotWritten(logger, cache.Root, exception);
        }
    }

    internal static string PassageText(KnowledgeSection section) => string.Join(" > ", section.HeadingPath) + "\n" + section.Text;

    private string SectionKey(KnowledgeSection section) => Hash((embedder?.ModelId ?? "") + "\n" + PassageText(section));

    private static string VersionOf(IReadOnlyList<KnowledgeDocument> documents) =>
        Hash(string.Join('\n', documents.OrderBy(d => d.Path, StringComparer.Ordinal).Select(d => $"{d.Path}\t{d.ContentHash}")));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

internal static partial class KnowledgeIndexLog
{
    [LoggerMessage(EventId = 410, Level = LogLevel.Information, Message = "Knowledge index: indexed {Done} of {Total} sections")]
    public static partial void Encoding(ILogger logger, int done, int total);

    [LoggerMessage(EventId = 411, Level = LogLevel.Information, Message = "Knowledge index {Version} ready: {Sections} sections, {Encoded} newly encoded, dense {Dense}, in {Milliseconds} ms; {Problems} file(s) skipped")]
    public static partial void Built(ILogger logger, string version, int sections, int encoded, bool dense, long milliseconds, int problems);

    [LoggerMessage(EventId = 412, Level = LogLevel.Error, Message = "Knowledge index could not be rebuilt; searches keep the previous index")]
    public static partial void RebuildFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 414, Level = LogLevel.Warning, Message = "Knowledge search: the question could not be embedded; this search uses full text only")]
    public static partial void QueryEmbeddingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 415, Level = LogLevel.Warning, Message = "Knowledge index cache in {Folder} could not be written; the next start builds the index again")]
    public static partial void CacheNotWritten(ILogger logger, string folder, Exception exception);

    [LoggerMessage(EventId = 413, Level = LogLevel.Warning, Message = "Knowledge embedding model failed; searches use full text only")]
    public static partial void ModelFailed(ILogger logger, Exception exception);
}
