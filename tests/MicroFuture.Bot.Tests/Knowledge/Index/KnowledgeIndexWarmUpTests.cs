using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.EndToEnd;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>The first start, while the sections are still being encoded.</summary>
public sealed class KnowledgeIndexWarmUpTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("microfuture-index-").FullName;

    [Fact]
    public async Task SearchAsync_WhileSectionsAreBeingEncoded_AnswersFromFullTextThenWithSimilarity()
    {
        // Arrange
        var embedder = new GatedEmbedder();
        using var index = RepositoryIndexFixture.Create(RepositoryLayout.KnowledgeFolder, dataDirectory, embedder);

        // Act
        var building = index.RefreshAsync();
        var during = await index.SearchAsync("what is the policy change clinic?", 3).WaitAsync(TimeSpan.FromSeconds(30));
        embedder.Release();
        var built = await building.WaitAsync(TimeSpan.FromSeconds(30));
        var after = await index.SearchAsync("what is the policy change clinic?", 3);

        // Assert
        Assert.False(building.IsFaulted);
        Assert.Contains(during.Hits, hit => hit.Section.Document.Path == "microfuture-project.md");
        Assert.All(during.Hits, hit => Assert.Null(hit.Similarity));
        Assert.True(built!.Dense);
        Assert.All(after.Hits, hit => Assert.NotNull(hit.Similarity));
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    /// <summary>A ready model whose passage encoding waits until the test lets it go; every text gets the same vector.</summary>
    private sealed class GatedEmbedder : ITextEmbedder
    {
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string ModelId => "gated-test";

        public bool IsReady => true;

        public void Release() => gate.TrySetResult();

        public Task WarmUpAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public async Task<float[][]> EmbedPassagesAsync(IReadOnlyList<string> passages, CancellationToken cancellationToken = default)
        {
            await gate.Task.WaitAsync(cancellationToken);
            return [.. passages.Select(_ => Unit())];
        }

        public Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken = default) => Task.FromResult(Unit());

        private static float[] Unit() => [1f, 0f, 0f];
    }
}
