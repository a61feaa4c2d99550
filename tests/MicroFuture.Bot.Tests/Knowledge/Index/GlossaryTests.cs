using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Tests.EndToEnd;
using Microsoft.Extensions.Logging.Testing;

namespace MicroFuture.Bot.Tests.Knowledge.Index;

/// <summary>The repository's glossary read as term groups, and questions read through it.</summary>
public sealed class GlossaryTests
{
    private static async Task<Glossary> LoadAsync()
    {
        var load = await new KnowledgeLoader(new KnowledgeFolder(RepositoryLayout.KnowledgeFolder), new FakeLogger<KnowledgeLoader>()).LoadAsync();
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

    [Theory]
    [InlineData("What is the social economy?")]
    [InlineData("Does microfinance pay for child care in Europe?")] // "care" is Romanian "which"
    public async Task SearchQuestion_EnglishQuestion_KeepsItsWordsAndLanguage(string question)
    {
        // Arrange
        var glossary = await LoadAsync();

        // Act
        var read = SearchQuestion.Read(question, glossary);

        // Assert
        Assert.Null(read.Language);
        Assert.Empty(read.EnglishTerms);
        Assert.Equal(question, read.English);
    }

    [Theory]
    [InlineData("Qui a fondé l'Adie ?", "who founded adie")]
    [InlineData("Kdaj je bil ustanovljen Razvojni center?", "when founded razvojni center")]
    [InlineData("När hölls det femte mötet?", "when held fifth meeting")]
    [InlineData("Care este partenerul principal al proiectului?", "what lead partner project")]
    public async Task SearchQuestion_PartnerLanguageQuestion_ReadsItsQuestionWordsInEnglish(string question, string english)
    {
        // Arrange
        var glossary = await LoadAsync();

        // Act
        var read = SearchQuestion.Read(question, glossary);

        // Assert
        Assert.Equal(english, read.English);
    }

    [Theory]
    [InlineData("what counts as microcredit in the EU?", "microloan, micro loan")]
    [InlineData("What are the conditions of P7 microcredits?", "microloan, micro loan")] // "microcredits" meets Italian "microcredito"
    [InlineData("How much is an Almi micro loan?", "microcredit, microloan")]
    public async Task SearchQuestion_EnglishQuestionNamingATermWithOtherEnglishNames_AddsThem(string question, string others)
    {
        // Arrange
        var glossary = await LoadAsync();

        // Act
        var read = SearchQuestion.Read(question, glossary);

        // Assert
        Assert.Null(read.Language);
        Assert.Empty(read.EnglishTerms);
        Assert.Equal($"{question} ({others})", read.English);
    }

    [Fact]
    public async Task Translate_InflectedGlossaryTerm_ReadsAsItsEnglishTerm()
    {
        // Arrange: the glossary lists Slovenian "dobra praksa"; a question says "dobre prakse" (genitive).
        var glossary = await LoadAsync();

        // Act
        var translation = glossary.Translate("Kaj so dobre prakse?", "sl");

        // Assert
        Assert.Contains("good practice", translation.EnglishTerms);
    }

    [Fact]
    public void QuestionWords_Table_ReadsAlternativesStemsAndPhrasesPerLanguage()
    {
        // Arrange
        const string table = "# comment\nen\tfr\tsl\nfounded\tfondé; a été fondé\tustanov*\n";

        // Act
        var terms = QuestionWords.Parse(table);

        // Assert
        Assert.Equal(3, terms.Count);
        Assert.All(terms, term => Assert.Equal("founded", term.English));
        Assert.Contains(terms, term => term.Language == "fr" && term.Words.SequenceEqual(["fonde"]));
        Assert.Contains(terms, term => term.Language == "fr" && term.Words.SequenceEqual(["a", "ete", "fonde"]));
        Assert.Contains(terms, term => term.Language == "sl" && term.Words.SequenceEqual(["ustanov*"]));
    }

    [Fact]
    public void QuestionWords_ShippedTable_HasEveryLanguageOnEveryRow()
    {
        // Act
        var terms = QuestionWords.Terms;

        // Assert: a row a curator left short of a column would leave a language without the word.
        foreach (var group in terms.GroupBy(term => term.English))
        {
            Assert.Equal(["fr", "it", "ro", "sl", "sv"], group.Select(term => term.Language).Distinct().Order(StringComparer.Ordinal));
        }
    }
}
