namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>The strongest evidence the search found for one dev question, and whether it should be answered.</summary>
public sealed record EvidenceObservation(string Question, bool Answerable, double Similarity, double LexicalScore);

/// <summary>
/// Picks abstention thresholds from observations: the pair (MinSimilarity, MinLexicalScore) that makes the most
/// questions right (answerable ones answered, the others declined); ties go to the stricter pair.
/// </summary>
public static class ThresholdCalibration
{
    public sealed record Thresholds(double MinSimilarity, double MinLexicalScore, double Accuracy);

    public static double Accuracy(IReadOnlyList<EvidenceObservation> observations, double minSimilarity, double minLexicalScore) =>
        observations.Count == 0 ? 0 : observations.Count(o => Answers(o, minSimilarity, minLexicalScore) == o.Answerable) / (double)observations.Count;

    public static Thresholds Suggest(IReadOnlyList<EvidenceObservation> observations)
    {
        // Candidates just above each observed value (and "never" = +inf), so each split of the set is tried.
        var similarities = observations.Select(o => o.Similarity + 1e-6).Append(double.PositiveInfinity).Distinct().ToList();
        var lexical = observations.Select(o => o.LexicalScore + 1e-6).Append(double.PositiveInfinity).Distinct().ToList();
        return similarities
            .SelectMany(s => lexical.Select(l => new Thresholds(s, l, Accuracy(observations, s, l))))
            .OrderByDescending(t => t.Accuracy).ThenByDescending(t => t.MinSimilarity).ThenByDescending(t => t.MinLexicalScore)
            .First();
    }

    private static bool Answers(EvidenceObservation o, double minSimilarity, double minLexicalScore) =>
        o.Similarity >= minSimilarity || o.LexicalScore >= minLexicalScore;
}
