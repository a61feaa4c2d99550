using MicroFuture.Bot.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MicroFuture.Bot.Tests.Knowledge;

public sealed class KnowledgeLoaderTests
{
    private const string GoodBody = "# Good\n\n## A section\n\nA fact. [1]\n";

    public static TheoryData<string, string> MalformedFiles => new()
    {
        { "# No front matter\n\nA fact. [1]\n", "no front matter" },
        { "---\ntitle: \"unclosed\nsources: [\n---\n\n# Bad\n", "invalid front matter: the YAML does not parse at line 2" },
        { "---\nsources:\n  - url: https://example.org\n    read: 2026-11-27\n---\n\n# Bad\n\nA fact. [1]\n", "missing title" },
        { "---\ntitle: Bad\nsources: https://example.org\n---\n\n# Bad\n\nA fact. [1]\n", "the value at line 3 ('sources: https://example.org') does not have the shape" },
        { "---\ntitle: Bad\ntitle: Worse\nsources:\n  - url: https://example.org\n    read: 2026-11-27\n---\n\n# Bad\n\nA fact. [1]\n", "a field is given twice (line 3: 'title: Worse')" },
        { "---\ntitle: Bad\nsources: []\n---\n\n# Bad\n\nA fact.\n", "no sources" },
        { "---\ntitle: Bad\n---\n\n# Bad\n\nA fact.\n", "no sources" },
        { "---\ntitle: Bad\nsources:\n  - read: 2026-11-27\n---\n\n# Bad\n\nA fact. [1]\n", "source 1 has no url" },
        { "---\ntitle: Bad\nsources:\n  - url: https://example.org\n    read: 2026-11-27\n  - url: https://example.org/2\n---\n\n# Bad\n\nA fact. [1]\n", "source 2 has no read date" },
        { "---\ntitle: Bad\nsources:\n  - url: https://example.org\n    read: 2026-11-27\n---\n\n# Bad\n\n## Figures\n\nA fact. [1] [3]\n", "section 'Bad > Figures' cites [3], but the front matter lists only 1 source(s)" },
        { "---\ntitle: Bad\nsources:\n  - url: https://example.org\n    read: 27/11/2026\n---\n\n# Bad\n\nA fact. [1]\n", "read (source 1) date '27/11/2026' is not a date in the form YYYY-MM-DD" },
        { "---\ntitle: Bad\nsources:\n  - url: https://example.org\n    read: 2026-11-27\nreview_by: 2027-02-30\n---\n\n# Bad\n\nA fact. [1]\n", "review_by date '2027-02-30' is not a date" },
    };

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task LoadAsync_MalformedFile_IsReportedOnceAndSkippedWhileGoodFilesLoad(string content, string expectedProblem)
    {
        // Arrange
        using var folder = new TemporaryKnowledgeFolder()
            .Write("good.md", KnowledgeSamples.File(GoodBody))
            .Write("partners/bad.md", content);
        var logger = new FakeLogger<KnowledgeLoader>();

        // Act
        var result = await new KnowledgeLoader(new KnowledgeFolder(folder.Path), logger).LoadAsync();

        // Assert
        Assert.Equal("good.md", Assert.Single(result.Documents).Path);
        Assert.All(result.Sections, section => Assert.Equal("good.md", section.Document.Path));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("partners/bad.md", problem.Path);
        Assert.Contains(problem.Errors, error => error.Contains(expectedProblem, StringComparison.Ordinal));
        var warning = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("partners/bad.md", warning.Message, StringComparison.Ordinal);
        Assert.Contains(expectedProblem, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Folder_LoadsMarkdownRecursivelyExceptReadme()
    {
        // Arrange
        using var folder = new TemporaryKnowledgeFolder()
            .Write("README.md", "# Curator guide, no front matter\n")
            .Write("partners/readme.md", "# Another guide\n")
            .Write("calendar.ics", "BEGIN:VCALENDAR\n")
            .Write("partners/utopia.md", KnowledgeSamples.File(GoodBody))
            .Write("project.md", KnowledgeSamples.File(GoodBody));
        var logger = new FakeLogger<KnowledgeLoader>();

        // Act
        var result = await new KnowledgeLoader(new KnowledgeFolder(folder.Path), logger).LoadAsync();

        // Assert
        Assert.Equal(["partners/utopia.md", "project.md"], result.Documents.Select(d => d.Path));
        Assert.Equal(2, result.Sections.Count);
        Assert.Empty(result.Problems);
        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task LoadAsync_MissingFolder_ReportsTheFolderWithoutThrowing()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "microfuture-no-such-knowledge-" + Guid.NewGuid().ToString("N"));
        var logger = new FakeLogger<KnowledgeLoader>();

        // Act
        var result = await new KnowledgeLoader(new KnowledgeFolder(missing), logger).LoadAsync();

        // Assert
        Assert.Empty(result.Documents);
        Assert.Equal(missing, Assert.Single(result.Problems).Path);
        Assert.Contains(missing, Assert.Single(logger.Collector.GetSnapshot()).Message, StringComparison.Ordinal);
    }
}
