using System.Diagnostics;
using System.Globalization;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Knowledge.Index;
using MicroFuture.Bot.Schedule;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bench.Knowledge;

/// <summary>
/// <c>dotnet run -c Release --project bench/MicroFuture.Bench -- knowledge [--chunks 10000]</c>: index build time
/// (cold: every section encoded; warm: from the cache in the data directory) and memory for the repository's knowledge
/// folder and for a synthetic corpus of N chunks, then answer latency without a language model (the product's
/// KnowledgeAnswerer, extractive) over the same few hundred questions at both sizes. The model is loaded once.
/// </summary>
internal static class KnowledgeBench
{
    public const string Mode = "knowledge";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (await BenchProgram.ParseAsync(() => KnowledgeBenchOptions.Parse(args), KnowledgeBenchOptions.Usage) is not { } options)
        {
            return 2;
        }
        var folder = options.Folder ?? LocateKnowledgeFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"No knowledge folder found: run from the repository or pass --folder.\n{KnowledgeBenchOptions.Usage}");
            return 2;
        }

        var scratch = Directory.CreateTempSubdirectory("microfuture-knowledge-bench-");
        try
        {
            Line($"MicroFuture knowledge bench: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average at start {LoadAverage()}");
            var embedder = new ArcticTextEmbedder();
            var started = Stopwatch.StartNew();
            await embedder.WarmUpAsync();
            Line($"model {embedder.ModelId} loaded in {started.Elapsed.TotalSeconds:0.0} s; working set {Mb(Process.GetCurrentProcess().WorkingSet64)} MB");

            var realSections = (await new KnowledgeLoader(new KnowledgeFolder(folder), NullLogger<KnowledgeLoader>.Instance).LoadAsync()).Sections;
            var questions = BenchQuestions.Make(realSections, options.Questions);
            var rows = new List<string>();
            rows.Add(await MeasureAsync("knowledge folder", folder, Path.Combine(scratch.FullName, "data-real"), embedder, questions));

            var synthetic = Path.Combine(scratch.FullName, "synthetic");
            SyntheticCorpus.Write(synthetic, realSections, options.Chunks);
            Line($"synthetic corpus written: {options.Chunks} chunks; building (cold build encodes every chunk)...");
            rows.Add(await MeasureAsync($"synthetic {options.Chunks} chunks", synthetic, Path.Combine(scratch.FullName, "data-synthetic"), embedder, questions));

            Console.WriteLine();
            Line($"| Corpus | Documents | Chunks | Cold build (encode all) | Warm build (from cache) | Peak working set | Managed heap held by index | Questions (answered/abstained) | Answer p50 | Answer p95 | Answer max |");
            Line($"|---|---|---|---|---|---|---|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
            Line($"load average at end {LoadAverage()} (the machine is shared: other processes ran during the bench)");
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static async Task<string> MeasureAsync(string name, string folder, string dataDirectory, ArcticTextEmbedder embedder, IReadOnlyList<string> questions)
    {
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var index = CreateIndex(folder, dataDirectory, embedder);
        var cold = (await index.RefreshAsync())!;
        var heldByIndex = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - heapBefore);
        using var self = Process.GetCurrentProcess();
        var peak = self.PeakWorkingSet64;

        // A second index over the same data directory: what a restart of the bot costs.
        TimeSpan warm;
        using (var again = CreateIndex(folder, dataDirectory, embedder))
        {
            warm = (await again.RefreshAsync())!.Elapsed;
        }

        // One unmeasured pass through a throw-away answerer (own cache): JIT tiers and first-use costs are not measured.
        var warmUp = CreateAnswerer(index);
        foreach (var question in questions)
        {
            await warmUp.AnswerAsync(question);
        }
        var answerer = CreateAnswerer(index);
        var latencies = new List<TimeSpan>(questions.Count);
        var abstained = 0;
        foreach (var question in questions)
        {
            var start = Stopwatch.GetTimestamp();
            var answer = await answerer.AnswerAsync(question);
            latencies.Add(Stopwatch.GetElapsedTime(start));
            abstained += answer.Kind == AnswerKind.Abstained ? 1 : 0;
        }
        var sorted = latencies.Order().ToArray();
        Line($"{name}: cold {cold.Elapsed.TotalSeconds:0.00} s ({cold.EncodedSections} encoded, dense {cold.Dense}), warm {warm.TotalSeconds:0.00} s, {questions.Count} questions");
        return Invariant(
            $"| {name} | {cold.Documents} | {cold.Sections} | {cold.Elapsed.TotalSeconds:0.0} s | {warm.TotalSeconds:0.00} s | {Mb(peak)} MB | {Mb(heldByIndex)} MB | {questions.Count} ({questions.Count - abstained}/{abstained}) | {BenchReport.Ms(BenchReport.Percentile(sorted, 50))} ms | {BenchReport.Ms(BenchReport.Percentile(sorted, 95))} ms | {BenchReport.Ms(sorted[^1])} ms |");
    }

    private static KnowledgeIndex CreateIndex(string folder, string dataDirectory, ITextEmbedder embedder) => new(
        new KnowledgeLoader(new KnowledgeFolder(folder), NullLogger<KnowledgeLoader>.Instance),
        new DataDirectory(dataDirectory),
        embedder,
        NullLogger<KnowledgeIndex>.Instance);

    // As the host wires it, with the default thresholds and no Azure OpenAI: extractive answers only.
    private static KnowledgeAnswerer CreateAnswerer(IKnowledgeSearch search)
    {
        var mentions = new CountryMentions(new ProjectDirectory(Options.Create(new ProjectDirectoryOptions())));
        return new KnowledgeAnswerer(
            search,
            new MemoryCache(new MemoryCacheOptions()),
            Options.Create(new AnswerOptions()),
            new FollowUpRewriter(mentions),
            new Abstention(mentions),
            mentions,
            new AnswerGeneration(Options.Create(new AzureOpenAIOptions())),
            NullLogger<KnowledgeAnswerer>.Instance);
    }

    // The repository's knowledge/ folder: above the current directory or above the bench's binaries.
    private static string? LocateKnowledgeFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "MicroFuture.sln")))
                {
                    return Path.Combine(directory.FullName, "knowledge");
                }
            }
        }
        return null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Line(FormattableString text) => Console.WriteLine(Invariant(text));
}
