using MicroFuture.Bot.Knowledge;

namespace MicroFuture.Bench.Knowledge;

/// <summary>
/// Questions for the latency run, made from the real knowledge folder (fixed seed): one about each section heading
/// (some also in the partners' languages), the rest from the opening words of real sentences, plus off-topic ones
/// that take the abstention path. All
/// distinct, so no answer comes from the memory cache.
/// </summary>
internal static class BenchQuestions
{
    private static readonly string[] OffTopic =
    [
        "What is the capital of Australia?", "How do I reset my Teams password?", "What is the recipe for tiramisu?",
        "Who won the 2022 football world cup?", "What is the price of bitcoin today?", "How many employees does Microsoft have?",
        "What will the weather be in Stockholm tomorrow?", "How do I bake sourdough bread?", "What is the boiling point of water?",
        "Can you recommend a good restaurant in Paris?",
    ];

    private static readonly string[] PartnerLanguage =
    [
        "Qu'est-ce que {0} ?", "Che cos'è {0}?", "Ce este {0}?", "Vad är {0}?", "Kaj je {0}?",
    ];

    public static IReadOnlyList<string> Make(IReadOnlyList<KnowledgeSection> sections, int count)
    {
        var random = new Random(42);
        var questions = new List<string>(OffTopic);
        questions.AddRange(sections.Select(s => $"What about {s.HeadingPath[^1]}?"));
        // Every fifth section is also asked in a partner language: those questions take the glossary reading path.
        questions.AddRange(sections.Where((_, i) => i % 5 == 0).Select((s, i) => string.Format(PartnerLanguage[i % PartnerLanguage.Length], s.HeadingPath[^1])));
        var words = sections.Select(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 12).ToList();
        for (var attempt = 0; questions.Count < count && attempt < count * 20; attempt++)
        {
            var text = words[random.Next(words.Count)];
            var start = random.Next(text.Length - 10);
            questions.Add("What is " + string.Join(' ', text.Skip(start).Take(6 + random.Next(4))).TrimEnd('.', ',', ';') + "?");
            questions = [.. questions.Distinct(StringComparer.Ordinal)];
        }
        return [.. questions.Take(count)];
    }
}
