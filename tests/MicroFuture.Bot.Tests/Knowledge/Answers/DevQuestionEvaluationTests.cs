using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Tests.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// The evaluation report: every dev question through the real index (real model) and the real extractive answerer
/// at the configured thresholds. Prints a table (recall@5, MRR, answer-fact coverage, abstention accuracy) and each
/// question's outcome; asserts only floors well below the measured figures, so it catches regressions without
/// hard-coding any answer. The index and the answerer are deterministic: the same files give the same figures.
/// Run: dotnet test tests/MicroFuture.Bot.Tests --filter Category=Evaluation --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Evaluation")]
[Collection(RepositoryIndexFixture.Collection)]
public sealed class DevQuestionEvaluationTests(RepositoryIndexFixture fixture, ITestOutputHelper output)
{
    private const int Top = 5;

    [Fact]
    public async Task DevQuestions_RealIndexAndAnswerer_StayAboveTheEvaluationFloors()
    {
        // Arrange
        await using var bot = new BotApplication();
        var configured = bot.Services.GetRequiredService<IOptions<AnswerOptions>>().Value;
        IKnowledgeSearch search = fixture.Index;
        var answerer = Answerers.Create(search, configured);
        var outcomes = new List<QuestionOutcome>();

        // Act
        foreach (var dev in DevQuestions.Answerables)
        {
            var hits = (await search.SearchAsync(dev.Question, Top)).Hits;
            var answer = await answerer.AnswerAsync(dev.Question);
            var answered = answer.Kind != AnswerKind.Abstained;
            outcomes.Add(new QuestionOutcome(
                dev.Question,
                dev.Language,
                Answerable: true,
                RetrievalEvaluation.RankOf(hits.Select(h => h.Section.Document.Path), dev.ExpectedFiles),
                answered,
                answered && RetrievalEvaluation.ContainsFacts(answer.Text, dev.Facts)));
        }
        foreach (var dev in DevQuestions.Unanswerables)
        {
            var answer = await answerer.AnswerAsync(dev.Question);
            outcomes.Add(new QuestionOutcome(dev.Question, dev.Language, Answerable: false, null, answer.Kind != AnswerKind.Abstained, false));
        }

        // Assert
        output.WriteLine($"MinSimilarity={configured.MinSimilarity} MinLexicalScore={configured.MinLexicalScore}, extractive answers, top {Top}");
        var heldOut = DevQuestions.HeldOutAnswerables.Select(a => a.Question).Concat(DevQuestions.HeldOutUnanswerables.Select(u => u.Question)).ToHashSet(StringComparer.Ordinal);
        output.WriteLine(RetrievalEvaluation.Table(outcomes, heldOut));
        foreach (var o in outcomes)
        {
            output.WriteLine($"{o.Language} {(o.Answerable ? "answerable  " : "unanswerable")} rank={o.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} answered={o.Answered} facts={o.FactsFound} | {o.Question}");
        }
        var figures = RetrievalEvaluation.Figures(outcomes);
        Assert.True(outcomes.Count(o => o.Answerable) >= 60 && outcomes.Count(o => !o.Answerable) >= 12, "the dev set shrank");
        Assert.True(figures.RecallAt5 >= Floors.RecallAt5, $"recall@5 {figures.RecallAt5:P0} < {Floors.RecallAt5:P0}");
        Assert.True(figures.Mrr >= Floors.Mrr, $"MRR {figures.Mrr:0.00} < {Floors.Mrr:0.00}");
        Assert.True(figures.FactCoverage >= Floors.FactCoverage, $"answer-fact coverage {figures.FactCoverage:P0} < {Floors.FactCoverage:P0}");
        Assert.True(figures.AbstentionAccuracy >= Floors.AbstentionAccuracy, $"abstention accuracy {figures.AbstentionAccuracy:P0} < {Floors.AbstentionAccuracy:P0}");
        var partnerLanguages = RetrievalEvaluation.Figures([.. outcomes.Where(o => o.Language != "en")]);
        Assert.True(partnerLanguages.AbstentionAccuracy >= Floors.AbstentionAccuracy, $"non-English abstention accuracy {partnerLanguages.AbstentionAccuracy:P0} < {Floors.AbstentionAccuracy:P0}");
        Assert.True(partnerLanguages.FactCoverage >= Floors.FactCoverage, $"non-English answer-fact coverage {partnerLanguages.FactCoverage:P0} < {Floors.FactCoverage:P0}");
    }

    /// <summary>
    /// Well below the figures measured at MinSimilarity 0.65 (all questions: recall@5 98 %, MRR 0.97, answer-fact
    /// coverage 91 %, abstention accuracy 100 %; the non-English ones alone: 89 % and 100 %; see the README): a failure
    /// means a real regression, not noise. The non-English questions must stay above the same floors on their own.
    /// </summary>
    private static class Floors
    {
        public const double RecallAt5 = 0.85;
        public const double Mrr = 0.80;
        public const double FactCoverage = 0.65;
        public const double AbstentionAccuracy = 0.75;
    }
}
