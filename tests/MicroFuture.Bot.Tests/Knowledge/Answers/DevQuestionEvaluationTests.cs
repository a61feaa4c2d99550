using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Tests.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// The evaluation report: every dev question through the real index (real model) and the real extractive answerer at
/// the configured thresholds (and, below it, the threshold calibration harness on the same index). Prints a table (recall@5, MRR, answer-fact coverage, abstention accuracy) and each
/// question's outcome; asserts only floors well below the measured figures, so it catches regressions without
/// hard-coding any answer. The index and the answerer are deterministic: the same files give the same figures.
/// Run: dotnet test tests/MicroFuture.Bot.Tests --filter Category=Evaluation --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Evaluation")]
[Collection(RepositoryIndexFixture.Collection)]
public sealed class DevQuestionEvaluationTests(RepositoryIndexFixture fixture, ITestOutputHelper output)
{
    private const int Top = 5;
    private const double RequiredCalibrationAccuracy = 0.8;

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
    /// The calibration harness: prints each question's strongest signals, recall@5 and the thresholds that would get
    /// most questions right; fails when the configured thresholds decline too many answerable or answer too many
    /// unanswerable questions. Run: dotnet test tests/MicroFuture.Bot.Tests --filter Category=Calibration --logger "console;verbosity=detailed"
    /// </summary>
    [Fact]
    [Trait("Category", "Calibration")]
    public async Task DevQuestions_RealIndex_ConfiguredThresholdsSeparateAnswerableFromUnanswerable()
    {
        // Arrange
        await using var bot = new BotApplication();
        IKnowledgeSearch search = fixture.Index;
        var configured = bot.Services.GetRequiredService<IOptions<AnswerOptions>>().Value;
        var observations = new List<EvidenceObservation>();
        var found = 0;

        // Act
        foreach (var dev in DevQuestions.Answerables)
        {
            var result = await search.SearchAsync(dev.Question, Top);
            var hit = result.Hits.Any(h => dev.ExpectedFiles.Contains(h.Section.Document.Path));
            found += hit ? 1 : 0;
            observations.Add(Observe(dev.Question, true, result));
            output.WriteLine($"{(hit ? "found " : "MISSED")} {observations[^1]}");
        }
        foreach (var question in DevQuestions.Unanswerables.Select(u => u.Question))
        {
            observations.Add(Observe(question, false, await search.SearchAsync(question, Top)));
            output.WriteLine($"unanswerable {observations[^1]}");
        }

        // Assert
        var suggested = ThresholdCalibration.Suggest(observations);
        var accuracy = ThresholdCalibration.Accuracy(observations, configured.MinSimilarity, configured.MinLexicalScore);
        output.WriteLine($"recall@{Top}: {found}/{DevQuestions.Answerables.Count}");
        output.WriteLine($"configured MinSimilarity={configured.MinSimilarity} MinLexicalScore={configured.MinLexicalScore}: abstention accuracy {accuracy:P0}");
        output.WriteLine($"suggested  MinSimilarity={suggested.MinSimilarity:0.###} MinLexicalScore={suggested.MinLexicalScore:0.###}: {suggested.Accuracy:P0}");
        Assert.True(accuracy >= RequiredCalibrationAccuracy, $"abstention accuracy {accuracy:P0} at the configured thresholds; suggested {suggested}");
    }

    private static EvidenceObservation Observe(string question, bool answerable, KnowledgeSearchResult result) => new(
        question,
        answerable,
        result.Hits.Select(h => h.Similarity ?? 0).DefaultIfEmpty(0).Max(),
        result.Hits.Select(h => h.LexicalScore ?? 0).DefaultIfEmpty(0).Max());

    /// <summary>
    /// Well below the figures measured at MinSimilarity 0.65 (all questions: recall@5 99 %, MRR 0.97, answer-fact
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
