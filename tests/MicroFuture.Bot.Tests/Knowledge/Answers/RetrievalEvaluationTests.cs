namespace MicroFuture.Bot.Tests.Knowledge.Answers;

public sealed class RetrievalEvaluationTests
{
    [Fact]
    public void RankOf_ExpectedFileThirdAndFifth_IsThree()
    {
        // Arrange
        string[] hits = ["a.md", "b.md", "c.md", "b.md", "d.md"];

        // Act
        var rank = RetrievalEvaluation.RankOf(hits, ["d.md", "c.md"]);

        // Assert
        Assert.Equal(3, rank);
    }

    [Fact]
    public void ContainsFacts_FactsWithOtherCaseAndSpacing_AreFoundOnlyWhenAllOccur()
    {
        // Arrange
        const string answer = "The ceiling is EUR\n17,000 since 2025, repayable in FIVE years. [1]";

        // Act / Assert
        Assert.True(RetrievalEvaluation.ContainsFacts(answer, ["eur 17,000", "five years"]));
        Assert.False(RetrievalEvaluation.ContainsFacts(answer, ["EUR 17,000", "seven years"]));
    }

    [Fact]
    public void Figures_MixedOutcomes_ComputeRecallMrrCoverageAndAbstentionAccuracy()
    {
        // Arrange: two answerable (ranks 1 and 4, one with its facts), one missed, two unanswerable (one declined)
        QuestionOutcome[] outcomes =
        [
            new("q1", "en", true, 1, true, true),
            new("q2", "fr", true, 4, true, false),
            new("q3", "sv", true, null, false, false),
            new("u1", "en", false, null, false, false),
            new("u2", "it", false, null, true, false),
        ];

        // Act
        var figures = RetrievalEvaluation.Figures(outcomes);

        // Assert
        Assert.Equal(3, figures.Answerable);
        Assert.Equal(2, figures.Unanswerable);
        Assert.Equal(2 / 3.0, figures.RecallAt5, 6);
        Assert.Equal((1 + 0.25) / 3, figures.Mrr, 6);
        Assert.Equal(1 / 3.0, figures.FactCoverage, 6);
        Assert.Equal(3 / 5.0, figures.AbstentionAccuracy, 6);
    }

    [Fact]
    public void Table_TwoLanguages_HasRowsForAllEnglishNonEnglishAndEachLanguage()
    {
        // Arrange
        QuestionOutcome[] outcomes = [new("q1", "en", true, 1, true, true), new("q2", "sl", true, 2, true, true)];

        // Act
        var table = RetrievalEvaluation.Table(outcomes);

        // Assert
        Assert.Contains("| all | 2 | 0 | 100 % | 0.75 | 100 % | 100 % |", table, StringComparison.Ordinal);
        Assert.Contains("| English | 1 |", table, StringComparison.Ordinal);
        Assert.Contains("| non-English | 1 |", table, StringComparison.Ordinal);
        Assert.Contains("| sl | 1 | 0 | 100 % | 0.50 |", table, StringComparison.Ordinal);
    }
}
