using System.Text;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// The embedded answer: the sentences of the best passages that share most words with the question (earlier
/// passages and earlier sentences win ties), each followed by its passage's citation number.
/// </summary>
public static class ExtractiveAnswerBuilder
{
    // An answer longer than this reads as a section dump, not an answer.
    private const int MaxCharacters = 900;

    // A chosen sentence shorter than this is taken as a lead-in to the sentences after it.
    private const int LeadInCharacters = 80;

    /// <summary>The answer text and its citations, numbered from 1 in the order they first appear.</summary>
    public static (string Text, IReadOnlyList<AnswerCitation> Citations) Build(string question, IReadOnlyList<KnowledgeHit> hits, int maxSentences)
    {
        var query = QueryTerms.Of(question);
        var candidates = hits
            .SelectMany((hit, rank) => SentenceSplitter.Split(hit.Section.Text).Select((sentence, position) => new Candidate(hit.Section, rank, position, sentence)))
            .Where(c => SentenceSplitter.WithoutMarkers(c.Sentence).Count(char.IsLetter) >= 12)
            .Select(c => c with { Matched = QueryTerms.Overlap(query, QueryTerms.Of(c.Sentence)) })
            .Select(c => c with { Score = Score(query, c) })
            .ToList();
        var chosen = new List<Candidate>();
        var length = 0;
        // A sentence that shares clearly fewer of the question's words than the best one is context, not answer.
        var enough = candidates.Select(c => c.Matched).DefaultIfEmpty(0).Max() - 1;
        foreach (var candidate in candidates.Where(c => c.Score > 0 && c.Matched >= enough).OrderByDescending(c => c.Score).ThenBy(c => c.Rank).ThenBy(c => c.Position))
        {
            if (chosen.Count >= maxSentences || length + candidate.Sentence.Length > MaxCharacters && chosen.Count > 0)
            {
                break;
            }
            chosen.Add(candidate);
            length += candidate.Sentence.Length;
        }
        // A short lead-in ("... is organised in three stages.") announces what follows: quote the sentences right
        // after it that are still on the question's subject.
        foreach (var lead in chosen.Where(c => c.Sentence.Length < LeadInCharacters).ToList())
        {
            var next = candidates.Where(c => c.Section == lead.Section && c.Position > lead.Position).OrderBy(c => c.Position);
            foreach (var follower in next.TakeWhile(c => c.Matched > 0 && chosen.Count < maxSentences).Where(c => !chosen.Contains(c)))
            {
                chosen.Add(follower);
            }
        }
        if (chosen.Count == 0 && candidates.Count > 0)
        {
            chosen.Add(candidates[0]); // nothing shares a word (e.g. another language): the best passage's opening
        }
        return Render(chosen);
    }

    private static double Score(IReadOnlySet<string> query, Candidate candidate)
    {
        if (query.Count == 0)
        {
            return 0;
        }
        var matched = candidate.Matched;
        if (matched == 0)
        {
            return 0;
        }
        // Words the heading already covers count a little for every sentence under it.
        var heading = QueryTerms.Overlap(query, QueryTerms.Of(string.Join(' ', candidate.Section.HeadingPath)));
        return (double)matched / query.Count + 0.25 * heading / query.Count + 0.3 / (candidate.Rank + 1) + 0.1 / (candidate.Position + 1);
    }

    private static (string, IReadOnlyList<AnswerCitation>) Render(List<Candidate> chosen)
    {
        // Reading order: by passage as ranked, and within a passage in the text's order.
        var ordered = chosen.OrderBy(c => c.Rank).ThenBy(c => c.Position).ToList();
        var numbers = new Dictionary<KnowledgeSection, int>(ReferenceEqualityComparer.Instance);
        var excerpts = new Dictionary<KnowledgeSection, StringBuilder>(ReferenceEqualityComparer.Instance);
        var markers = new Dictionary<KnowledgeSection, SortedSet<int>>(ReferenceEqualityComparer.Instance);
        var text = new StringBuilder();
        foreach (var candidate in ordered)
        {
            if (!numbers.TryGetValue(candidate.Section, out var number))
            {
                number = numbers.Count + 1;
                numbers[candidate.Section] = number;
                excerpts[candidate.Section] = new StringBuilder();
                markers[candidate.Section] = [];
            }
            markers[candidate.Section].UnionWith(SentenceSplitter.Markers(candidate.Sentence));
            var sentence = SentenceSplitter.WithoutMarkers(candidate.Sentence);
            text.Append(text.Length > 0 ? " " : "").Append(sentence).Append(" [").Append(number).Append(']');
            excerpts[candidate.Section].Append(excerpts[candidate.Section].Length > 0 ? " " : "").Append(sentence);
        }
        var citations = numbers.Select(pair => new AnswerCitation(pair.Value, pair.Key, SourcesOf(pair.Key, markers[pair.Key]), excerpts[pair.Key].ToString())).ToList();
        return (text.ToString(), citations);
    }

    /// <summary>The section's cited sources, else every source of its document.</summary>
    public static IReadOnlyList<KnowledgeSource> SourcesOf(KnowledgeSection section) =>
        section.Citations.Count > 0 ? section.Citations : section.Document.Sources;

    /// <summary>The sources the quoted sentences cite by <c>[n]</c>; without markers, those of the whole section.</summary>
    private static IReadOnlyList<KnowledgeSource> SourcesOf(KnowledgeSection section, IReadOnlySet<int> markers)
    {
        var cited = section.Document.Sources.Where(source => markers.Contains(source.Number)).ToList();
        return cited.Count > 0 ? cited : SourcesOf(section);
    }

    private sealed record Candidate(KnowledgeSection Section, int Rank, int Position, string Sentence)
    {
        public int Matched { get; init; }

        public double Score { get; init; }
    }
}
