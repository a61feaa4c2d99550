namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Whether the retrieved sections are strong enough evidence to answer: some hit must be close in meaning
/// (<see cref="AnswerOptions.MinSimilarity"/>) or match the question's words well (<see cref="AnswerOptions.MinLexicalScore"/>).
/// The fused rank score is relative to one search, so it cannot say "nothing fits"; these two absolute signals can.
/// </summary>
public static class EvidenceGate
{
    public static bool IsStrong(IReadOnlyList<KnowledgeHit> hits, AnswerOptions options) =>
        hits.Any(hit => hit.Similarity >= options.MinSimilarity || hit.LexicalScore >= options.MinLexicalScore);
}
