using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.EndToEnd;
using MicroFuture.Bot.Tests.Knowledge.Answers;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>A curator edits a copy of the knowledge folder while the index service runs.</summary>
[Collection(RepositoryIndexFixture.Collection)]
public sealed class KnowledgeIndexRefreshTests(RepositoryIndexFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("microfuture-knowledge-").FullName;
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("microfuture-index-").FullName;
    private readonly ArcticTextEmbedder embedder = new();
    private KnowledgeIndex index = null!;
    private KnowledgeIndexService service = null!;
    private KnowledgeIndexBuilt started = null!;

    public async Task InitializeAsync()
    {
        CopyFolder(RepositoryLayout.KnowledgeFolder, folder);
        // The section vectors the fixture encoded: only what a test changes is encoded again.
        var embeddings = Directory.GetFiles(Path.Combine(fixture.DataDirectory, IndexCache.FolderName), "embeddings-*.bin").Single();
        Directory.CreateDirectory(Path.Combine(dataDirectory, IndexCache.FolderName));
        File.Copy(embeddings, Path.Combine(dataDirectory, IndexCache.FolderName, Path.GetFileName(embeddings)));

        index = RepositoryIndexFixture.Create(folder, dataDirectory, embedder);
        var options = Options.Create(new KnowledgeIndexOptions { WatchDebounce = TimeSpan.FromMilliseconds(300), RefreshInterval = TimeSpan.FromMinutes(10) });
        service = new KnowledgeIndexService(index, new KnowledgeFolder(folder), options, new FakeLogger<KnowledgeIndexService>(), embedder);
        var dense = NextBuildAsync(built => built.Dense);
        await service.StartAsync(CancellationToken.None);
        started = await dense.WaitAsync(Timeout);
    }

    [Fact]
    public async Task KnowledgeIndexService_FileEditedWhileRunning_RebuildsReEncodingOnlyChangedSections()
    {
        // Arrange
        var rebuilt = NextBuildAsync(built => built.Version != started.Version);

        // Act
        File.AppendAllText(Path.Combine(folder, "partners", "orebro.md"), "\n## Region Örebro County's beekeeping fund\n\nThe Zubrowka micro-fund lends to beekeepers in Örebro County. [1]\n");
        var built = await rebuilt.WaitAsync(Timeout);
        var result = await index.SearchAsync("which fund lends to beekeepers?", 3);

        // Assert
        Assert.Equal(0, started.EncodedSections);
        Assert.InRange(built.EncodedSections, 1, 2);
        Assert.Equal(started.Sections + 1, built.Sections);
        Assert.Equal(built.Version, result.KnowledgeVersion);
        Assert.Contains("Zubrowka", result.Hits[0].Section.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answerer_QuestionRepeatedAfterACuratorEdit_IsAnsweredFromTheNewKnowledgeNotFromItsCache()
    {
        // Arrange: the answer before the edit is in the answerer's memory cache.
        var answerer = Answerers.Create(index, new AnswerOptions());
        var before = await answerer.AnswerAsync("Which micro-fund lends to beekeepers in Örebro County?");
        var rebuilt = NextBuildAsync(built => built.Version != started.Version);

        // Act
        File.AppendAllText(Path.Combine(folder, "partners", "orebro.md"), "\n## Region Örebro County's beekeeping fund\n\nThe Zubrowka micro-fund lends to beekeepers in Örebro County. [1]\n");
        await rebuilt.WaitAsync(Timeout);
        var after = await answerer.AnswerAsync("Which micro-fund lends to beekeepers in Örebro County?");

        // Assert
        Assert.DoesNotContain("Zubrowka", before.Text, StringComparison.Ordinal);
        Assert.Contains("Zubrowka", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnowledgeIndexService_MalformedFileAddedWhileRunning_IsReportedAndTheRestStaysSearchable()
    {
        // Arrange
        var rebuilt = NextBuildAsync(built => built.Version != started.Version);

        // Act
        File.WriteAllText(Path.Combine(folder, "broken.md"), "# No front matter\n\nA fact without a source.\n");
        File.WriteAllText(Path.Combine(folder, "new-fund.md"), KnowledgeSamples.File("# Zubrowka fund\n\n## Who the Zubrowka fund lends to\n\nThe Zubrowka micro-fund lends to beekeepers. [1]\n"));
        var built = await rebuilt.WaitAsync(Timeout);
        var newFile = await index.SearchAsync("which fund lends to beekeepers?", 3);
        var oldFile = await index.SearchAsync("what is the policy change clinic?", 3);

        // Assert
        Assert.Contains(built.Problems, problem => problem.Path == "broken.md");
        Assert.Equal("new-fund.md", newFile.Hits[0].Section.Document.Path);
        Assert.Contains(oldFile.Hits, hit => hit.Section.Document.Path == "microfuture-project.md");
    }

    public async Task DisposeAsync()
    {
        await service.StopAsync(CancellationToken.None);
        service.Dispose();
        index.Dispose();
        Directory.Delete(folder, recursive: true);
        Directory.Delete(dataDirectory, recursive: true);
    }

    private Task<KnowledgeIndexBuilt> NextBuildAsync(Func<KnowledgeIndexBuilt, bool> predicate)
    {
        var next = new TaskCompletionSource<KnowledgeIndexBuilt>(TaskCreationOptions.RunContinuationsAsynchronously);
        index.Rebuilt += built =>
        {
            if (predicate(built))
            {
                next.TrySetResult(built);
            }
        };
        return next.Task;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
