using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

public sealed class KnowledgeAnswererTests
{
    [Fact]
    public async Task Answer_QuestionOnItalianLoanSize_QuotesTheAnsweringSentencesWithNumberedCitations()
    {
        // Arrange
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()));

        // Act
        var answer = await answerer.AnswerAsync("What is the maximum loan size for an Italian business microcredit?");

        // Assert: the sentence with the figure, marked [1], and not the whole section or the unrelated history
        Assert.Equal(AnswerKind.Extractive, answer.Kind);
        Assert.Contains("The maximum loan size for a business microcredit is EUR 75,000. [1]", answer.Text);
        Assert.DoesNotContain("charities", answer.Text);
        Assert.DoesNotContain("Tutoring", answer.Text);
        var first = answer.Citations[0];
        Assert.Equal(1, first.Number);
        Assert.Equal("Country context: microcredit in Italy", first.Title);
        Assert.Equal("Italian microcredit loan size limits", first.Heading);
        Assert.Equal(AnswerSamples.ItalyUrl, Assert.Single(first.Sources).Url);
        Assert.Equal(new DateOnly(2026, 11, 20), first.Sources[0].Read);
        // every [n] in the text has its citation, numbered 1..k without gaps
        var markers = System.Text.RegularExpressions.Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).Distinct().Order();
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), markers);
    }

    [Fact]
    public async Task Answer_ShortLeadInSentence_QuotesTheSentencesItAnnounces()
    {
        // Arrange
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()));

        // Act
        var answer = await answerer.AnswerAsync("Through which instruments does the EU fund microfinance?");

        // Assert
        Assert.Contains("The EU funds microfinance through two instruments. [1] The first instrument is EaSI, which guarantees microloans. [1] The second instrument is ESF+, which funds national schemes. [1]", answer.Text);
        Assert.DoesNotContain("report every year", answer.Text);
    }

    [Fact]
    public async Task Answer_CountryTheKnowledgeNeverMentions_AbstainsInsteadOfQuotingAnotherCountry()
    {
        // Arrange: the Italian loan-size section matches every word but the country
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()));

        // Act
        var japan = await answerer.AnswerAsync("What is the maximum loan size for a business microcredit in Japan?");
        var italy = await answerer.AnswerAsync("What is the maximum loan size for a business microcredit in Italy?");

        // Assert
        Assert.Equal(AnswerKind.Abstained, japan.Kind);
        Assert.DoesNotContain("75,000", japan.Text);
        Assert.Equal(AnswerKind.Extractive, italy.Kind);
    }

    [Fact]
    public async Task Answer_NothingInTheKnowledgeMatches_AbstainsAndNamesTheCoordinator()
    {
        // Arrange
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()));

        // Act
        var answer = await answerer.AnswerAsync("Who won the football world cup in 1998?");

        // Assert
        Assert.Equal(AnswerKind.Abstained, answer.Kind);
        Assert.Contains("does not cover", answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Equal("the project coordinator", answer.AskWhom);
        Assert.Contains("Please ask the project coordinator", answer.Text);
    }

    [Fact]
    public async Task Answer_WeakMatchOnAPartnerCountry_AbstainsWithNearestTopicsAndThatPartner()
    {
        // Arrange: only "microcredit" matches, far below the thresholds
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()));

        // Act
        var answer = await answerer.AnswerAsync("What interest rate cap applies to microcredit in France?");

        // Assert
        Assert.Equal(AnswerKind.Abstained, answer.Kind);
        Assert.NotEmpty(answer.NearestTopics);
        Assert.Contains("Country context: microcredit in Italy › Italian microcredit loan size limits", answer.NearestTopics);
        Assert.Contains("Country context: microcredit in Italy › Italian microcredit loan size limits", answer.Text);
        Assert.Equal("the partner County of Seine-Saint-Denis (France)", answer.AskWhom);
    }

    [Fact]
    public async Task Answer_FollowUpNamingAnotherCountry_AnswersThePreviousQuestionForThatCountry()
    {
        // Arrange
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()));
        var first = await answerer.AnswerAsync("How does Italy limit microcredit loan size?");

        // Act
        var followUp = await answerer.AnswerAsync("and in Sweden?", first.Question);

        // Assert
        Assert.Equal("How does Sweden limit microcredit loan size?", followUp.Question);
        Assert.Equal(AnswerKind.Extractive, followUp.Kind);
        Assert.Contains("SEK 250,000", followUp.Text);
        Assert.Equal("Country context: microfinance in Sweden", followUp.Citations[0].Title);
    }

    [Fact]
    public async Task Answer_SameQuestionAgainWithOtherCaseAndPunctuation_IsServedFromTheCache()
    {
        // Arrange
        var search = new WordOverlapSearch(AnswerSamples.Sections());
        var answerer = Answerers.Create(search);
        var first = await answerer.AnswerAsync("How does the EU define microcredit?");

        // Act
        var again = await answerer.AnswerAsync("  how does the EU   define MICROCREDIT ");

        // Assert
        Assert.Equal(1, search.Calls);
        Assert.Same(first, again);
    }

    [Fact]
    public async Task Answer_SameQuestionAfterTheKnowledgeChanged_SearchesAgain()
    {
        // Arrange: a search that tells its current knowledge version
        var search = new VersionedSearch(new WordOverlapSearch(AnswerSamples.Sections())) { KnowledgeVersion = "v1" };
        var answerer = Answerers.Create(search);
        await answerer.AnswerAsync("How does the EU define microcredit?");

        // Act: a curator edits a file
        search.KnowledgeVersion = "v2";
        await answerer.AnswerAsync("How does the EU define microcredit?");

        // Assert
        Assert.Equal(2, search.Calls);
    }

    [Fact]
    public async Task Answer_DifferentQuestion_SearchesAgain()
    {
        // Arrange
        var search = new WordOverlapSearch(AnswerSamples.Sections());
        var answerer = Answerers.Create(search);
        await answerer.AnswerAsync("How does the EU define microcredit?");

        // Act
        var other = await answerer.AnswerAsync("What is the maximum loan size of Almi in Sweden?");

        // Assert
        Assert.Equal(2, search.Calls);
        Assert.Contains("SEK 250,000", other.Text);
    }

    private sealed class VersionedSearch(WordOverlapSearch inner) : IKnowledgeSearch, IKnowledgeVersion
    {
        public string KnowledgeVersion { get; set; } = "";

        public int Calls => inner.Calls;

        public async Task<KnowledgeSearchResult> SearchAsync(string query, int top, CancellationToken cancellationToken = default) =>
            (await inner.SearchAsync(query, top, cancellationToken)) with { KnowledgeVersion = KnowledgeVersion };
    }
}
