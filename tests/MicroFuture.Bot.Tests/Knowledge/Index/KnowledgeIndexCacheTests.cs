using System.Diagnostics;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.EndToEnd;
using Xunit.Abstractions;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>Starting again on the same data directory, and searching before the model is ready.</summary>
[Collection(RepositoryIndexFixture.Collection)]
public sealed class KnowledgeIndexCacheTests(RepositoryIndexFixture fixture, ITestOutputHelper output)
{
    private const string Question = "what counts as microcredit in the EU?";

    [Fact]
    public async Task RefreshAsync_SecondStartOnSameContent_ReusesCacheWithoutEncoding()
    {
        // Arrange
        var embedder = new ArcticTextEmbedder();
        using var index = RepositoryIndexFixture.Create(RepositoryLayout.KnowledgeFolder, fixture.DataDirectory, embedder);
        var expected = await fixture.Index.SearchAsync(Question, 3);

        // Act
        var stopwatch = Stopwatch.StartNew();
        var built = await index.RefreshAsync();
        output.WriteLine($"warm start {stopwatch.Elapsed.TotalMilliseconds:F0} ms (cold build {fixture.ColdBuild.Elapsed.TotalMilliseconds:F0} ms, {fixture.ColdBuild.Sections} sections)");
        var result = await index.SearchAsync(Question, 3);

        // Assert
        Assert.NotNull(built);
        Assert.Equal(fixture.ColdBuild.Version, built.Version);
        Assert.True(built.Dense);
        Assert.Equal(0, built.EncodedSections);
        Assert.Equal(0, embedder.EncodedPassages);
        Assert.Equal(expected.Hits.Select(h => (h.Section.Document.Path, h.Section.Anchor)), result.Hits.Select(h => (h.Section.Document.Path, h.Section.Anchor)));
    }

    [Fact]
    public async Task SearchAsync_WithoutEmbeddings_FindsSectionsByFullTextOnly()
    {
        // Arrange
        var dataDirectory = Directory.CreateTempSubdirectory("microfuture-index-").FullName;
        using var index = RepositoryIndexFixture.Create(RepositoryLayout.KnowledgeFolder, dataDirectory, embedder: null);
        await index.RefreshAsync();

        // Act
        var result = await index.SearchAsync("what is the policy change clinic?", 3);

        // Assert
        Assert.Contains(result.Hits, hit => hit.Section.Document.Path == "microfuture-project.md");
        Assert.All(result.Hits, hit => Assert.Null(hit.Similarity));
        Assert.All(result.Hits, hit => Assert.True(hit.LexicalScore > 0));
        Directory.Delete(dataDirectory, recursive: true);
    }

    [Fact]
    public async Task RefreshAsync_CacheFolderCannotBeWritten_IndexStillBuildsAndAnswers()
    {
        // Arrange: a file where the cache folder should be.
        var dataDirectory = Directory.CreateTempSubdirectory("microfuture-index-").FullName;
        File.WriteAllText(Path.Combine(dataDirectory, IndexCache.FolderName), "not a folder");
        using var index = RepositoryIndexFixture.Create(RepositoryLayout.KnowledgeFolder, dataDirectory, embedder: null);

        // Act
        var built = await index.RefreshAsync();
        var result = await index.SearchAsync("who is the lead partner?", 3);

        // Assert
        Assert.Equal(fixture.ColdBuild.Version, built!.Version);
        Assert.Contains(result.Hits, hit => hit.Section.Document.Path == "partners/bucharest-ilfov.md");
        Directory.Delete(dataDirectory, recursive: true);
    }
}
