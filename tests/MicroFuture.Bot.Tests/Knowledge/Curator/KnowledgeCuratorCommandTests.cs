using MicroFuture.Bot.Knowledge.Curator;
using MicroFuture.Bot.Tests.EndToEnd;

namespace MicroFuture.Bot.Tests.Knowledge.Curator;

/// <summary>
/// The curators' command line (<c>-- index</c>, <c>-- ask "question"</c>) run in-process on the bot's own composition,
/// with a temporary data directory; full text only (no model load), so each run takes a second.
/// </summary>
public sealed class KnowledgeCuratorCommandTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("microfuture-curator-").FullName;

    [Fact]
    public async Task Index_RepositoryFolder_PrintsFiguresAndNoProblems()
    {
        // Arrange / Act
        var (exit, text) = await RunAsync(RepositoryLayout.KnowledgeFolder, "index");

        // Assert
        Assert.Equal(0, exit);
        Assert.Matches(@"documents: [1-9]\d*", text);
        Assert.Matches(@"sections:  [1-9]\d*", text);
        Assert.Matches(@"version:   [0-9a-f]{64}", text);
        Assert.Contains("dense:     off", text, StringComparison.Ordinal);
        Assert.Contains("problems:  none", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_FolderWithMalformedFile_ListsTheFileAndExitsWithOne()
    {
        // Arrange
        using var folder = new TemporaryKnowledgeFolder()
            .Write("good.md", KnowledgeSamples.File("# Utopia\n\nUtopia lends up to 9,000 florins. [1]\n"))
            .Write("partners/bad.md", "---\ntitle: Bad\n---\n\n# Bad\n\nA fact.\n");

        // Act
        var (exit, text) = await RunAsync(folder.Path, "index");

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("documents: 1", text, StringComparison.Ordinal);
        Assert.Contains("problems:  1 file(s) skipped", text, StringComparison.Ordinal);
        Assert.Contains("partners/bad.md: no sources", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_CoveredQuestion_PrintsAnswerWithNumberedCitationsAndTopHits()
    {
        // Arrange / Act
        var (exit, text) = await RunAsync(RepositoryLayout.KnowledgeFolder, "ask", "When was the Development Centre of the Heart of Slovenia founded?");

        // Assert
        Assert.Equal(0, exit);
        Assert.StartsWith("Extractive:", text, StringComparison.Ordinal);
        Assert.Matches(@"\n\[1\] .+ › .+\(partners/heart-of-slovenia\.md\): https?://\S+ \(read \d{4}-\d{2}-\d{2}\)", text);
        Assert.Matches(@"\n1\. Similarity -  LexicalScore \d+\.\d{3}  \S+\.md", text);
    }

    [Fact]
    public async Task Ask_OffTopicQuestion_PrintsTheAbstentionAndExitsWithZero()
    {
        // Arrange / Act
        var (exit, text) = await RunAsync(RepositoryLayout.KnowledgeFolder, "ask", "What is the recipe for tiramisu?");

        // Assert
        Assert.Equal(0, exit);
        Assert.StartsWith("Abstained:", text, StringComparison.Ordinal);
        Assert.Contains("does not cover this", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\n\[1\] ", text);
    }

    [Fact]
    public async Task Ask_WithoutQuestion_PrintsUsageAndExitsWithTwo()
    {
        // Arrange / Act
        var (exit, text) = await RunAsync(RepositoryLayout.KnowledgeFolder, "ask");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains(KnowledgeCuratorCommand.Usage, text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private async Task<(int Exit, string Text)> RunAsync(string knowledgeFolder, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await new KnowledgeCuratorCommand(output).RunAsync(args, new Dictionary<string, string?>
        {
            ["DataDirectory"] = dataDirectory,
            ["Knowledge:Folder"] = knowledgeFolder,
            ["Knowledge:Index:Embeddings"] = "false",
        }, CancellationToken.None);
        return (exit, output.ToString());
    }
}
