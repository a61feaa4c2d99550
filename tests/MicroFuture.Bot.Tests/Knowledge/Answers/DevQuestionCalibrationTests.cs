using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Tests.Knowledge.Index;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>
/// The calibration harness: the dev questions against the real index over the repository's knowledge folder.
/// Prints each question's strongest signals, recall@5 and the thresholds that would get most questions right;
/// fails when the configured thresholds decline too many answerable or answer too many unanswerable questions.
/// The index is the shared fixture's, built with the real model (dense signals ready), as in a running bot.
/// Run: dotnet test tests/MicroFuture.Bot.Tests --filter Category=Calibration --logger "console;verbosity=detailed"
/// </summary>
[Trait("Category", "Calibration")]
[Collection(RepositoryIndexFixture.Collection)]
public sealed class DevQuestionCalibrationTests(RepositoryIndexFixture fixture, ITestOutputHelper output)
{
    private const int Top = 5;
    private const double RequiredAccuracy = 0.8;

    [Fact]
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
        Assert.True(accuracy >= RequiredAccuracy, $"abstention accuracy {accuracy:P0} at the configured thresholds; suggested {suggested}");
    }

    private static EvidenceObservation Observe(string question, bool answerable, KnowledgeSearchResult result) => new(
        question,
        answerable,
        result.Hits.Select(h => h.Similarity ?? 0).DefaultIfEmpty(0).Max(),
        result.Hits.Select(h => h.LexicalScore ?? 0).DefaultIfEmpty(0).Max());
}
