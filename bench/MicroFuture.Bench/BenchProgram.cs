namespace MicroFuture.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/MicroFuture.Bench -- --conversations 50 --turns 20</c>:
/// the bot and a stand-in Connector on loopback, N concurrent conversations of M turns, then the figures.
/// <c>... -- reminders</c> runs the proactive reminder benchmark instead (<see cref="ReminderBench"/>).
/// </summary>
internal static class BenchProgram
{
    private const int WarmUpTurns = 5;

    public static async Task<int> Main(string[] args)
    {
        // `knowledge`: index build and answer latency of the knowledge feature, without HTTP.
        if (args is [Knowledge.KnowledgeBench.Mode, .. var knowledgeArgs])
        {
            return await Knowledge.KnowledgeBench.RunAsync(knowledgeArgs);
        }

        // `reminders`: 10,000 reminders due at once through the real delivery pipeline.
        if (args is ["reminders", ..])
        {
            return await ReminderBench.RunAsync(args[1..]);
        }
        if (await ParseAsync(() => BenchOptions.Parse(args), BenchOptions.Usage) is not { } options)
        {
            return 2;
        }

        await using var sink = await ReplySink.StartAsync();
        await using var bot = await InProcessBot.StartAsync(options.Storage);
        using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.TurnTimeout };

        // JIT and connection set-up are not what we measure.
        var warmUp = await new LoadRunner(client, bot.BaseUrl, sink, options).RunAsync("warmup", 1, WarmUpTurns);
        if (warmUp.Latencies.Count != WarmUpTurns)
        {
            await Console.Error.WriteLineAsync("The bot did not answer the warm-up turns:\n" + BenchReport.Format(options, bot.StorageType, warmUp));
            return 1;
        }

        var result = await new LoadRunner(client, bot.BaseUrl, sink, options).RunAsync("run", options.Conversations, options.Turns);
        Console.Write(BenchReport.Format(options, bot.StorageType, result));
        return result.Errors.Count == 0 && result.NotRun == 0 ? 0 : 1;
    }

    /// <summary>The parsed command line, or null after printing the problem and the usage.</summary>
    internal static async Task<T?> ParseAsync<T>(Func<T> parse, string usage)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync($"{exception.Message}\n{usage}");
            return null;
        }
    }
}
