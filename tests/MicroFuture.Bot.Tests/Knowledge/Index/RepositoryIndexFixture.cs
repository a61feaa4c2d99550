using System.Diagnostics;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.EndToEnd;
using Microsoft.Extensions.Logging.Testing;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>
/// One index over the repository's knowledge folder, built cold with the real model in a temporary data
/// directory, shared by the test classes of one collection: the model loads once and the sections are encoded once.
/// </summary>
public sealed class RepositoryIndexFixture : IAsyncLifetime
{
    public const string Collection = "Repository knowledge index";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("microfuture-index-").FullName;

    public ArcticTextEmbedder Embedder { get; } = new();

    public KnowledgeIndex Index { get; private set; } = null!;

    public KnowledgeIndexBuilt ColdBuild { get; private set; } = null!;

    public TimeSpan ModelLoad { get; private set; }

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        await Embedder.WarmUpAsync();
        ModelLoad = stopwatch.Elapsed;
        Index = Create(RepositoryLayout.KnowledgeFolder, DataDirectory, Embedder);
        ColdBuild = (await Index.RefreshAsync())!;
    }

    public static KnowledgeIndex Create(string knowledgeFolder, string dataDirectory, ITextEmbedder? embedder) =>
        new(new KnowledgeLoader(new KnowledgeFolder(knowledgeFolder), new FakeLogger<KnowledgeLoader>()), new DataDirectory(dataDirectory), embedder, new FakeLogger<KnowledgeIndex>());

    public Task DisposeAsync()
    {
        Index.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(RepositoryIndexFixture.Collection)]
public sealed class RepositoryIndexCollection : ICollectionFixture<RepositoryIndexFixture>;
