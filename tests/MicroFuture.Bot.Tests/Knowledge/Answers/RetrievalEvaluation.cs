using System.Globalization;
using System.Text;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>What happened to one dev question: where the first expected file ranked, and what the answerer did.</summary>
/// <param name="Rank">1-based rank of the first hit from an expected file within the top hits; null when none (or unanswerable).</param>
/// <param name="FactsFound">The answer text contains every answer fact (false when abstained or unanswerable).</param>
public sealed record QuestionOutcome(string Question, string Language, bool Answerable, int? Rank, bool Answered, bool FactsFound);

/// <summary>The evaluation figures of a set of outcomes (NaN where a group has no question of that kind).</summary>
public sealed record EvaluationFigures(int Answerable, int Unanswerable, double RecallAt5, double Mrr, double FactCoverage, double AbstentionAccuracy);

/// <summary>
/// Retrieval and answer metrics over the dev questions: recall@k and MRR on the expected files, answer-fact coverage
/// (share of answerable questions whose answer contains all of its facts) and abstention accuracy (answerable questions
/// answered, unanswerable ones declined, over all questions).
/// </summary>
public static class RetrievalEvaluation
{
    /// <summary>1-based rank of the first hit whose file is expected, or null.</summary>
    public static int? RankOf(IEnumerable<string> hitFiles, IReadOnlyCollection<string> expectedFiles)
    {
        var rank = 0;
        foreach (var file in hitFiles)
        {
            rank++;
            if (expectedFiles.Contains(file))
            {
                return rank;
            }
        }
        return null;
    }

    /// <summary>Every fact occurs in the text, ignoring case and runs of white space.</summary>
    public static bool ContainsFacts(string text, IEnumerable<string> facts)
    {
        var flat = Flatten(text);
        return facts.All(fact => flat.Contains(Flatten(fact), StringComparison.OrdinalIgnoreCase));
    }

    public static EvaluationFigures Figures(IReadOnlyCollection<QuestionOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => o.Answerable).ToList();
        var unanswerable = outcomes.Count - answerable.Count;
        return new EvaluationFigures(
            answerable.Count,
            unanswerable,
            Share(answerable, o => o.Rank is <= 5),
            answerable.Count == 0 ? double.NaN : answerable.Sum(o => o.Rank is { } rank ? 1.0 / rank : 0) / answerable.Count,
            Share(answerable, o => o.FactsFound),
            Share(outcomes, o => o.Answered == o.Answerable));
    }

    /// <summary>A Markdown table: every question, English only, other languages, each language, then the held-out questions.</summary>
    public static string Table(IReadOnlyCollection<QuestionOutcome> outcomes, IReadOnlySet<string>? heldOut = null)
    {
        var text = new StringBuilder();
        text.AppendLine("| Questions | Answerable | Unanswerable | Recall@5 | MRR | Answer-fact coverage | Abstention accuracy |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        Row(text, "all", outcomes);
        Row(text, "English", [.. outcomes.Where(o => o.Language == "en")]);
        Row(text, "non-English", [.. outcomes.Where(o => o.Language != "en")]);
        foreach (var language in outcomes.Select(o => o.Language).Where(l => l != "en").Distinct().Order(StringComparer.Ordinal))
        {
            Row(text, language, [.. outcomes.Where(o => o.Language == language)]);
        }
        if (heldOut is not null)
        {
            Row(text, "held out (stop 2)", [.. outcomes.Where(o => heldOut.Contains(o.Question))]);
        }
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, IReadOnlyCollection<QuestionOutcome> outcomes)
    {
        var f = Figures(outcomes);
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {f.Answerable} | {f.Unanswerable} | {Percent(f.RecallAt5)} | {Number(f.Mrr)} | {Percent(f.FactCoverage)} | {Percent(f.AbstentionAccuracy)} |");
    }

    private static double Share(IReadOnlyCollection<QuestionOutcome> outcomes, Func<QuestionOutcome, bool> predicate) =>
        outcomes.Count == 0 ? double.NaN : outcomes.Count(predicate) / (double)outcomes.Count;

    private static string Percent(double value) => double.IsNaN(value) ? "-" : value.ToString("P0", CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
