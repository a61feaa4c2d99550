using System.Globalization;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Knowledge.Index;

namespace MicroFuture.Bot.Knowledge.Curator;

/// <summary>
/// Curators check a change without Teams:
/// <c>dotnet run --project bot/MicroFuture.Bot -- index</c> builds (or loads from the cache) the index and prints its
/// figures and every file skipped (exit 1 when any was); <c>-- ask "question"</c> prints the answer the bot would give
/// (extractive, or generated when Azure OpenAI is configured) with its numbered citations, or the abstention, and the
/// top hits with the signals abstention is decided on.
/// </summary>
public sealed class KnowledgeCuratorCommand(TextWriter output)
{
    public const string AskName = "ask";
    public const string IndexName = "index";
    public const string Usage = "usage: -- index | -- ask \"question\"";

    private const int TopHits = 5;

    /// <summary>True for the command lines this class handles.</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && args[0] is AskName or IndexName;

    public static Task<int> RunFromConsoleAsync(IReadOnlyList<string> args) =>
        new KnowledgeCuratorCommand(Console.Out).RunAsync(args, overrides: null, CancellationToken.None);

    /// <param name="overrides">Configuration set over the bot's own (tests: data directory, knowledge folder).</param>
    /// <returns>0 on success; 1 when <c>index</c> found problems; 2 for a wrong command line.</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? overrides, CancellationToken cancellationToken)
    {
        var question = args.Count > 0 && args[0] == AskName ? string.Join(' ', args.Skip(1)).Trim() : null;
        if (!Handles(args) || question is "" || args[0] == IndexName && args.Count > 1)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        await using var host = CuratorHost.Build(overrides);
        var built = await BuildIndexAsync(host.Services, cancellationToken);
        return question is null
            ? await ReportIndexAsync(built)
            : await AskAsync(host.Services, question, cancellationToken);
    }

    // As the running bot does: the model first (when on), then the index with vectors (cached ones are reused).
    private async Task<KnowledgeIndexBuilt> BuildIndexAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (KnowledgeIndexServiceCollectionExtensions.Embedder(services) is { } embedder)
        {
            try
            {
                await embedder.WarmUpAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                await output.WriteLineAsync($"embedding model unavailable ({exception.GetType().Name}: {exception.Message}); full text only");
            }
        }
        var index = services.GetRequiredService<KnowledgeIndex>();
        return await index.RefreshAsync(cancellationToken) ?? index.LastBuild!;
    }

    private async Task<int> ReportIndexAsync(KnowledgeIndexBuilt built)
    {
        await output.WriteLineAsync($"documents: {built.Documents}");
        await output.WriteLineAsync($"sections:  {built.Sections}");
        await output.WriteLineAsync($"version:   {built.Version}");
        await output.WriteLineAsync(Invariant($"built in:  {built.Elapsed.TotalMilliseconds:0} ms ({built.EncodedSections} sections newly encoded)"));
        await output.WriteLineAsync($"dense:     {(built.Dense ? "on" : "off")}");
        if (built.Problems.Count == 0)
        {
            await output.WriteLineAsync("problems:  none");
            return 0;
        }
        await output.WriteLineAsync($"problems:  {built.Problems.Count} file(s) skipped");
        foreach (var problem in built.Problems)
        {
            await output.WriteLineAsync($"  {problem}");
        }
        return 1;
    }

    private async Task<int> AskAsync(IServiceProvider services, string question, CancellationToken cancellationToken)
    {
        var answer = await services.GetRequiredService<KnowledgeAnswerer>().AnswerAsync(question, cancellationToken: cancellationToken);
        await output.WriteLineAsync($"{answer.Kind}{(answer.GenerationFailed ? " (the model failed; extractive answer shown)" : "")}:");
        await output.WriteLineAsync(answer.Text);
        foreach (var citation in answer.Citations)
        {
            var sources = string.Join("; ", citation.Sources.Select(s => Invariant($"{s.Url} (read {s.Read:yyyy-MM-dd})")));
            await output.WriteLineAsync($"[{citation.Number}] {citation.Title} › {citation.Heading} ({citation.Section.Document.Path}): {sources}");
        }

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AnswerOptions>>().Value;
        var result = await services.GetRequiredService<IKnowledgeSearch>().SearchAsync(answer.Question, TopHits, cancellationToken);
        await output.WriteLineAsync();
        if (result.Language is not null)
        {
            // What the English model and analyzer saw: a curator can see which words the glossary did not translate.
            await output.WriteLineAsync($"read as {result.Language}, searched in English as: {result.EnglishReading}");
        }
        await output.WriteLineAsync(Invariant($"top hits (answers when Similarity >= {options.MinSimilarity} or LexicalScore >= {options.MinLexicalScore}):"));
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            await output.WriteLineAsync(Invariant(
                $"{++rank}. Similarity {Signal(hit.Similarity)}  LexicalScore {Signal(hit.LexicalScore)}  {hit.Section.Document.Path} › {string.Join(" › ", hit.Section.HeadingPath.Skip(1))}"));
        }
        return 0;
    }

    private static string Signal(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
