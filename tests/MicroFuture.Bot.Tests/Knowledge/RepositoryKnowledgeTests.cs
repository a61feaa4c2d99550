using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Tests.EndToEnd;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace MicroFuture.Bot.Tests.Knowledge;

/// <summary>The curated knowledge/ folder of this repository, as the bot loads it.</summary>
public sealed class RepositoryKnowledgeTests
{
    private static Task<KnowledgeLoadResult> LoadAsync() =>
        new KnowledgeLoader(new KnowledgeFolder(RepositoryLayout.KnowledgeFolder), new FakeLogger<KnowledgeLoader>()).LoadAsync();

    [Fact]
    public async Task RepositoryKnowledge_Load_EveryFileParsesWithSourcesAndHeadingPaths()
    {
        // Act
        var result = await LoadAsync();

        // Assert
        Assert.Empty(result.Problems.Select(p => p.ToString()));
        Assert.True(result.Documents.Count >= 15, $"only {result.Documents.Count} documents");
        Assert.DoesNotContain(result.Documents, d => d.Path.EndsWith("README.md", StringComparison.OrdinalIgnoreCase));
        Assert.All(result.Documents, document => Assert.NotEmpty(document.Sources));
        Assert.All(result.Documents, document => Assert.Contains(result.Sections, s => s.Document == document));
        Assert.All(result.Sections, section =>
        {
            Assert.NotEmpty(section.HeadingPath);
            Assert.All(section.HeadingPath, heading => Assert.False(string.IsNullOrWhiteSpace(heading)));
            Assert.False(string.IsNullOrWhiteSpace(section.Text));
            Assert.InRange(section.Text.Length, 1, KnowledgeFileParser.DefaultMaxSectionCharacters);
        });
    }

    [Fact]
    public async Task RepositoryKnowledge_BolognaPartner_SectionHasItsHeadingPathAnchorAndSources()
    {
        // Act
        var result = await LoadAsync();

        // Assert
        var section = Assert.Single(result.Sections, s => s.Document.Path == "partners/bologna.md" && s.HeadingPath.Count == 2 && s.HeadingPath[1].StartsWith("Who ", StringComparison.Ordinal));
        Assert.Equal(["Partner: Metropolitan City of Bologna", "Who the Metropolitan City of Bologna is in MICROFUTURE"], section.HeadingPath);
        Assert.Equal("who-the-metropolitan-city-of-bologna-is-in-microfuture", section.Anchor);
        Assert.Equal("bologna", section.Document.Partner);
        Assert.Equal([1, 2], section.Citations.Select(c => c.Number));
        Assert.Equal("https://www.cittametropolitana.bo.it/progetti_europei/microfuture_eng", section.Citations[0].Url);
    }

    [Fact]
    public async Task RepositoryKnowledge_GlossaryTable_RowsReadAsTermsPerLanguage()
    {
        // Act
        var result = await LoadAsync();

        // Assert
        Assert.Contains(result.Sections, s => s.Document.Path == "glossary.md" && s.Text.Contains("EN: microcredit; microloan; micro loan | FR: microcrédit [2] | IT: microcredito [4]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddMicroFuture_DefaultConfiguration_LoaderReadsTheKnowledgeFolderBesideAppsettings()
    {
        // Arrange
        await using var bot = new BotApplication();

        // Act
        var folder = bot.Services.GetRequiredService<KnowledgeFolder>();
        var result = await bot.Services.GetRequiredService<KnowledgeLoader>().LoadAsync();

        // Assert
        Assert.Equal(Path.GetFullPath(RepositoryLayout.KnowledgeFolder), folder.Path);
        Assert.True(result.Documents.Count >= 15);
    }

    [Fact]
    public async Task AddMicroFuture_KnowledgeFolderConfigured_LoaderReadsThatFolder()
    {
        // Arrange
        using var custom = new TemporaryKnowledgeFolder().Write("only.md", KnowledgeSamples.File("# Only\n\nA fact. [1]\n"));
        await using var bot = new BotApplication(new Dictionary<string, string?> { ["Knowledge:Folder"] = custom.Path });

        // Act
        var result = await bot.Services.GetRequiredService<KnowledgeLoader>().LoadAsync();

        // Assert
        Assert.Equal("only.md", Assert.Single(result.Documents).Path);
    }
}
