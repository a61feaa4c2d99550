using MicroFuture.Bot.Knowledge.Answers;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

public sealed class CountryMentionsTests
{
    private static readonly string[] Passages =
    [
        "Since 2025 the maximum amount of a French professional microcredit is EUR 17,000.",
        "With an Almi Micro Loan a business in Sweden can borrow up to SEK 250,000.",
        "EU microcredit is a loan of up to EUR 25,000.",
    ];

    private readonly CountryMentions _mentions = new(Answerers.Directory());

    [Theory]
    [InlineData("What is the maximum amount of a microcredit in Sweden?")]
    [InlineData("Qual è l'importo massimo del microcredito in Svezia?")]
    [InlineData("Koliko znaša najvišji mikrokredit na Švedskem?")]
    [InlineData("Microcredit in Sweden 🇸🇪?")]
    public void CoveringFirst_QuestionNamingACountry_PutsThePassagesAboutItFirst(string question)
    {
        // Act
        var ordered = _mentions.CoveringFirst(question, Passages, passage => passage);

        // Assert: Sweden's passage first, the others in their order.
        Assert.Equal([Passages[1], Passages[0], Passages[2]], ordered);
    }

    [Fact]
    public void CoveringFirst_QuestionNamingNoCountry_KeepsTheOrder()
    {
        // Act
        var ordered = _mentions.CoveringFirst("What counts as microcredit?", Passages, passage => passage);

        // Assert
        Assert.Equal(Passages, ordered);
    }

    [Theory]
    [InlineData("What is the microcredit ceiling in Japan?", "Japan")]
    [InlineData("Qual è il tetto del microcredito in Germania?", "Germany")]
    public void NotCoveredBy_CountryNoPassageMentions_IsReported(string question, string country)
    {
        // Act
        var missing = _mentions.NotCoveredBy(question, Passages);

        // Assert
        Assert.Equal([country], missing);
    }
}
