namespace MicroFuture.Bot.Tests.Knowledge.Answers;

public sealed class ThresholdCalibrationTests
{
    [Fact]
    public void Suggest_SeparableObservations_FindsThresholdsThatGetEveryQuestionRight()
    {
        // Arrange: answerable questions are close in meaning or match many words; the others neither
        var observations = new List<EvidenceObservation>
        {
            new("a1", true, 0.71, 2.0),
            new("a2", true, 0.40, 11.0),
            new("a3", true, 0.66, 0.0),
            new("u1", false, 0.45, 3.0),
            new("u2", false, 0.30, 5.5),
        };

        // Act
        var suggested = ThresholdCalibration.Suggest(observations);

        // Assert
        Assert.Equal(1.0, suggested.Accuracy);
        Assert.InRange(suggested.MinSimilarity, 0.45, 0.66);
        Assert.InRange(suggested.MinLexicalScore, 5.5, 11.0);
    }

    [Fact]
    public void Accuracy_ThresholdsThatAnswerEverything_CountsTheUnanswerablesWrong()
    {
        var observations = new List<EvidenceObservation> { new("a", true, 0.7, 1), new("u", false, 0.2, 1) };

        Assert.Equal(0.5, ThresholdCalibration.Accuracy(observations, 0.0, 0.0));
    }
}
