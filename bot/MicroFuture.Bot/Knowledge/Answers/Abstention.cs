namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>What the bot says instead of a guess: the nearest topics it found and who can answer.</summary>
public sealed class Abstention(CountryMentions mentions)
{
    private const int MaxTopics = 3;
    private const string Coordinator = "the project coordinator";

    /// <param name="englishReading">The question as the search read it in English, when it was asked in another language.</param>
    public KnowledgeAnswer Create(string question, IReadOnlyList<KnowledgeHit> hits, string? englishReading = null)
    {
        var topics = hits
            .Select(hit => hit.Section.HeadingPath.Count > 1 ? $"{hit.Section.Document.Title} › {string.Join(" › ", hit.Section.HeadingPath.Skip(1))}" : hit.Section.Document.Title)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTopics)
            .ToList();
        // Country names are matched in English: "Svezia" is found as "Sweden" in the English reading.
        var whom = AskWhom(englishReading ?? question);
        // Say what was searched, so the user can tell a gap in the knowledge from a misread question.
        var text = $"I searched the project knowledge for \"{Shorten(question)}\": it does not cover this, so I will not guess."
            + (topics.Count > 0 ? " The nearest topics I found: " + string.Join("; ", topics) + "." : " I found nothing close to it.")
            + $" Please ask {whom}. Type **help** to see what else I can do.";
        return new KnowledgeAnswer(question, AnswerKind.Abstained, text, [], topics, whom);
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 120 ? flat : flat[..117] + "...";
    }

    /// <summary>The partner organisation(s) of the country the question is about, else the coordinator.</summary>
    public string AskWhom(string question)
    {
        var mention = mentions.Find(question);
        if (mention?.Partner is { } partner)
        {
            return $"the partner {partner.Name} ({partner.Country})";
        }
        var partners = mention is null ? [] : mentions.PartnersIn(mention.Country);
        return partners.Count switch
        {
            0 => Coordinator,
            1 => $"the partner {partners[0].Name} ({partners[0].Country})",
            _ => $"the partners in {mention!.Country} ({string.Join(" or ", partners.Select(p => p.Name))})",
        };
    }
}
