using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Knowledge.Presentation;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>The Azure OpenAI path for real over HTTP, against a local stub of the REST route.</summary>
public sealed class GroundedGenerationTests : IDisposable
{
    private const string Question = "What is the maximum loan size for an Italian business microcredit?";
    private readonly AzureOpenAIStub _stub = new();

    [Fact]
    public async Task Answer_ModelAnswers_ReturnsTheGeneratedTextWithItsCitationsAndTheAILabel()
    {
        // Arrange
        _stub.Answers("An Italian business microcredit can be at most EUR 75,000 [1].");
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());

        // Act
        var answer = await answerer.AnswerAsync(Question);
        var message = AnswerMessage.Create(new Activity { Type = ActivityTypes.Message, Id = "m1" }, answer);

        // Assert
        Assert.Equal(AnswerKind.Generated, answer.Kind);
        Assert.Equal("An Italian business microcredit can be at most EUR 75,000 [1].", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(1, citation.Number);
        Assert.Equal("Italian microcredit loan size limits", citation.Heading);
        Assert.Equal(["AIGeneratedContent"], CitationEntityTests.AdditionalType(Assert.Single(message.Entities!)) ?? []);
        // the model was given the numbered passages and the grounding rules, with the key
        var request = Assert.Single(_stub.Requests);
        Assert.Contains("[1] Country context: microcredit in Italy", request);
        Assert.Contains("Answer ONLY from the numbered passages", request);
        Assert.Equal(AzureOpenAIStub.Key, Assert.Single(_stub.ApiKeys));
    }

    [Fact]
    public async Task Answer_ModelTooSlow_FallsBackToTheExtractiveAnswerAndSaysSo()
    {
        // Arrange
        _stub.AnswersAfter(TimeSpan.FromSeconds(10));
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options(TimeSpan.FromMilliseconds(500)));

        // Act
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = await answerer.AnswerAsync(Question);
        clock.Stop();

        // Assert: the user waits about the configured timeout, not for the slow model (the bound leaves room for a
        // busy machine: it only has to fall clearly short of the model's 10 s)
        AssertExtractiveFallback(answer);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"answered after {clock.Elapsed}");
    }

    [Fact]
    public async Task Answer_ModelThrottles429_FallsBackToTheExtractiveAnswerWithoutRetrying()
    {
        // Arrange
        _stub.Throttles();
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());

        // Act
        var answer = await answerer.AnswerAsync(Question);

        // Assert
        AssertExtractiveFallback(answer);
        Assert.Single(_stub.Requests);
    }

    [Fact]
    public async Task Answer_ContentFilterRejectsThePrompt_FallsBackToTheExtractiveAnswer()
    {
        // Arrange
        _stub.FiltersContent();
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());

        // Act
        var answer = await answerer.AnswerAsync(Question);

        // Assert
        AssertExtractiveFallback(answer);
    }

    [Fact]
    public async Task Answer_ModelFailedThenRecovers_TheSameQuestionIsGeneratedNotServedTheCachedFallback()
    {
        // Arrange
        _stub.Throttles();
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());
        var fallback = await answerer.AnswerAsync(Question);
        _stub.Reset();
        _stub.Answers("At most EUR 75,000 [1].");

        // Act
        var again = await answerer.AnswerAsync(Question);

        // Assert
        Assert.True(fallback.GenerationFailed);
        Assert.Equal(AnswerKind.Generated, again.Kind);
        Assert.Equal("At most EUR 75,000 [1].", again.Text);
    }

    [Fact]
    public async Task AnswerMessage_ModelCitesNoPassage_KeepsTheAILabelAndListsThePassagesReadably()
    {
        // Arrange
        _stub.Answers("Il prestito massimo è di 75.000 euro.");
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());

        // Act
        var answer = await answerer.AnswerAsync(Question);
        var message = AnswerMessage.Create(new Activity { Type = ActivityTypes.Message, Id = "m1" }, answer);

        // Assert: no dangling citation entries, but the label and the readable sources stay
        var entity = Assert.Single(message.Entities!);
        Assert.Equal(["AIGeneratedContent"], CitationEntityTests.AdditionalType(entity) ?? []);
        Assert.False(entity.Properties!.ContainsKey("citation"));
        Assert.Contains(AnswerSamples.ItalyUrl, message.Text);
    }

    [Fact]
    public async Task Answer_WeakEvidenceWithModelConfigured_AbstainsWithoutCallingTheModel()
    {
        // Arrange
        _stub.Answers("Something made up [1].");
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());

        // Act
        var answer = await answerer.AnswerAsync("Who won the football world cup in 1998?");

        // Assert
        Assert.Equal(AnswerKind.Abstained, answer.Kind);
        Assert.Empty(_stub.Requests);
    }

    [Fact]
    public async Task Answer_Streamed_PassesOnEachPieceAsTheModelWritesItAndReturnsTheWholeAnswer()
    {
        // Arrange
        const string Generated = "An Italian business microcredit can be at most EUR 75,000 [1].";
        _stub.Answers(Generated);
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());
        var pieces = new List<string>();

        // Act
        var answer = await answerer.AnswerAsync(Question, onGeneratedTextAsync: (piece, _) => { pieces.Add(piece); return Task.CompletedTask; });

        // Assert
        Assert.Equal(AzureOpenAIStub.Pieces(Generated), pieces);
        Assert.Equal(AnswerKind.Generated, answer.Kind);
        Assert.Equal(Generated, answer.Text);
        Assert.Equal(1, Assert.Single(answer.Citations).Number);
        Assert.True(AzureOpenAIStub.IsStreamRequest(Assert.Single(_stub.Requests)));
    }

    [Fact]
    public async Task Answer_StreamedButWeakEvidence_AbstainsWithoutPassingOnAnyText()
    {
        // Arrange
        _stub.Answers("Something made up [1].");
        var answerer = Answerers.Create(new WordOverlapSearch(AnswerSamples.Sections()), _stub.Options());
        var pieces = new List<string>();

        // Act
        var answer = await answerer.AnswerAsync("Who won the football world cup in 1998?", onGeneratedTextAsync: (piece, _) => { pieces.Add(piece); return Task.CompletedTask; });

        // Assert
        Assert.Equal(AnswerKind.Abstained, answer.Kind);
        Assert.Empty(pieces);
        Assert.Empty(_stub.Requests);
    }

    private static void AssertExtractiveFallback(KnowledgeAnswer answer)
    {
        Assert.Equal(AnswerKind.Extractive, answer.Kind);
        Assert.True(answer.GenerationFailed);
        Assert.Contains("EUR 75,000. [1]", answer.Text);
        var message = AnswerMessage.Create(new Activity { Type = ActivityTypes.Message, Id = "m1" }, answer);
        Assert.StartsWith("_" + AnswerMessage.GenerationUnavailable + "_", message.Text);
        Assert.Null(CitationEntityTests.AdditionalType(Assert.Single(message.Entities!)));
    }

    public void Dispose() => _stub.Dispose();
}
