using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Question → answer: combines a follow-up with the previous question, searches, abstains on weak evidence, and
/// otherwise answers from the passages (with the model when configured, else extractively). Repeated questions
/// come from the memory cache, keyed by the normalised question and the knowledge version.
/// </summary>
public sealed partial class KnowledgeAnswerer(
    IKnowledgeSearch search,
    IMemoryCache cache,
    IOptions<AnswerOptions> options,
    FollowUpRewriter followUps,
    Abstention abstention,
    CountryMentions countries,
    AnswerGeneration generation,
    ILogger<KnowledgeAnswerer> logger)
{
    // Passages the extractive answer draws sentences from; the model sees all retrieved passages.
    private const int ExtractivePassages = 3;

    private string _lastVersion = "";

    /// <summary>Answers <paramref name="question"/>; <paramref name="previousQuestion"/> is the conversation's last question, for follow-ups.</summary>
    /// <param name="onGeneratedTextAsync">When given, a generated answer is streamed: each piece the model writes is passed on as it arrives
    /// (never called for cached, quoted or abstaining answers).</param>
    public async Task<KnowledgeAnswer> AnswerAsync(
        string question, string? previousQuestion = null, Func<string, CancellationToken, Task>? onGeneratedTextAsync = null, CancellationToken cancellationToken = default)
    {
        var effective = followUps.Rewrite(question.Trim(), previousQuestion);
        var settings = options.Value;
        var key = CacheKey(effective, (search as IKnowledgeVersion)?.KnowledgeVersion ?? Volatile.Read(ref _lastVersion));
        if (cache.TryGetValue(key, out KnowledgeAnswer? cached) && cached is not null)
        {
            return cached;
        }

        var result = await search.SearchAsync(effective, Math.Max(settings.Passages, ExtractivePassages), cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _lastVersion, result.KnowledgeVersion);
        // A question in another language is matched against the English knowledge through its English reading.
        var english = result.EnglishReading ?? effective;
        // Sections about the country the question names come first: they are the ones to quote.
        var hits = countries.CoveringFirst(english, result.Hits, PassageText);
        var answer = EvidenceGate.IsStrong(hits, settings) && CoversNamedCountries(english, hits)
            ? await AnswerFromAsync(effective, english, hits, settings, onGeneratedTextAsync, cancellationToken).ConfigureAwait(false)
            : abstention.Create(effective, result.Hits, result.EnglishReading);
        answer = answer with { Language = result.Language };
        if (!answer.GenerationFailed)
        {
            // A fallback after a passing model failure (429, timeout) is not worth keeping: next time may succeed.
            cache.Set(CacheKey(effective, result.KnowledgeVersion), answer, settings.CacheDuration);
        }
        return answer;
    }

    // A question about a country the retrieved sections never mention (a near miss such as "microcredit in Japan")
    // would otherwise be answered with another country's figures.
    private bool CoversNamedCountries(string question, IReadOnlyList<KnowledgeHit> hits) =>
        countries.NotCoveredBy(question, hits.Select(PassageText).ToList()).Count == 0;

    private static string PassageText(KnowledgeHit hit) => string.Join(' ', hit.Section.HeadingPath) + " " + hit.Section.Text;

    private async Task<KnowledgeAnswer> AnswerFromAsync(
        string question, string englishReading, IReadOnlyList<KnowledgeHit> hits, AnswerOptions settings, Func<string, CancellationToken, Task>? onGeneratedTextAsync, CancellationToken cancellationToken)
    {
        var (text, citations) = ExtractiveAnswerBuilder.Build(englishReading, hits.Take(ExtractivePassages).ToList(), settings.MaxSentences);
        if (generation.Generator is not { } generator)
        {
            return new KnowledgeAnswer(question, AnswerKind.Extractive, text, citations, [], null);
        }
        var passages = hits.Select((hit, index) => new AnswerCitation(index + 1, hit.Section, ExtractiveAnswerBuilder.SourcesOf(hit.Section), hit.Section.Text)).ToList();
        try
        {
            var (generated, cited) = await generator.GenerateAsync(question, passages, onGeneratedTextAsync, cancellationToken).ConfigureAwait(false);
            return new KnowledgeAnswer(question, AnswerKind.Generated, generated, cited, [], null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure of the model (timeout, 429, content filter, network) must not cost the user the answer.
            LogGenerationFailed(logger, exception.GetType().Name, exception.Message);
            return new KnowledgeAnswer(question, AnswerKind.Extractive, text, citations, [], null, GenerationFailed: true);
        }
    }

    private static string CacheKey(string question, string version) => $"knowledge-answer|{version}|{QueryTerms.Normalise(question)}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Generated answer unavailable ({Kind}: {Reason}); showing the extractive answer.")]
    private static partial void LogGenerationFailed(ILogger logger, string kind, string reason);
}
