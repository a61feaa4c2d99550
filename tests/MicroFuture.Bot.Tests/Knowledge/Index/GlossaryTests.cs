using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Index;
using Microsoft.Extensions.Logging.Testing;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>The repository's glossary read as term groups, and questions read through it.</summary>
public sealed class GlossaryTests
{
    private static async Task<Glossary> LoadAsync()
    {
        var load = await new KnowledgeLoader(new KnowledgeFolder(RepositoryIndexFixture.KnowledgeFolder), new FakeLogger<KnowledgeLoader>()).LoadAsync();
        return Glossary.From(load.Sections);
    }

    [Theory]
    [InlineData("kaj je mikrokredit?", "sl", "microcredit")]
    [InlineData("quel est le taux d'intérêt d'un prêt ?", "fr", "loan")]
    [InlineData("Cos'è una GARANZIA?", "it", "guarantee")]
    [InlineData("vad är ett mikrolån från Almi?", "sv", "microcredit")]
    [InlineData("ce este microfinanțarea?", "ro", "microfinance")]
    [InlineData("kaj so mikrokrediti", "sl", "microcredit")]
    public async Task SearchQuestion_PartnerLanguageTerm_ReadsWithTheEnglishTerm(string question, string language, string englishTerm)
    {
        // Arrange
        var glossary = await LoadAsync();

        // Act
        var read = SearchQuestion.Read(question, glossary);

        // Assert
        Assert.Equal(language, read.Language);
        Assert.Contains(englishTerm, read.EnglishTerms);
        Assert.Contains(englishTerm, read.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchQuestion_EnglishQuestion_KeepsItsWordsAndLanguage()
    {
        // Arrange
        var glossary = await LoadAsync();

        // Act
        var read = SearchQuestion.Read("what counts as microcredit in the EU?", glossary);

        // Assert
        Assert.Null(read.Language);
        Assert.Empty(read.EnglishTerms);
        Assert.Equal("what counts as microcredit in the EU?", read.English);
    }
}
