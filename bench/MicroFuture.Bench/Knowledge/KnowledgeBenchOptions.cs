namespace MicroFuture.Bench.Knowledge;

/// <summary>Command line of the knowledge benchmark.</summary>
internal sealed record KnowledgeBenchOptions(int Chunks, int Questions, string? Folder)
{
    public const string Usage = "usage: MicroFuture.Bench knowledge [--chunks 10000] [--questions 300] [--folder <knowledge folder>]";

    public static KnowledgeBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new KnowledgeBenchOptions(10_000, 300, null);
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--chunks" => options with { Chunks = BenchOptions.Positive(value, 200_000) },
                "--questions" => options with { Questions = BenchOptions.Positive(value, 10_000) },
                "--folder" => options with { Folder = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }
        return options;
    }
}
