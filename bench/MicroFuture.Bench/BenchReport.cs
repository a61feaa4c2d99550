using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MicroFuture.Bench;

/// <summary>Turns a run into the lines the benchmark prints.</summary>
internal static class BenchReport
{
    public static string Format(BenchOptions options, string storageType, LoadResult result)
    {
        var sorted = result.Latencies.Order().ToArray();
        var errors = result.Errors.Values.Sum();
        using var self = Process.GetCurrentProcess();
        var text = new StringBuilder();
        Line(text, $"MicroFuture bench: {options.Conversations} conversations x {options.Turns} turns of 'help', storage {storageType}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Line(text, $"turns: {sorted.Length} answered, {errors} errors, {result.NotRun} not run, in {result.Elapsed.TotalSeconds:0.00} s");
        Line(text, $"throughput: {sorted.Length / result.Elapsed.TotalSeconds:0.0} turns/s");
        if (sorted.Length > 0)
        {
            Line(text, $"latency (POST start -> reply at connector), ms: p50 {Ms(Percentile(sorted, 50))}  p95 {Ms(Percentile(sorted, 95))}  p99 {Ms(Percentile(sorted, 99))}  max {Ms(sorted[^1])}");
        }
        foreach (var (kind, count) in result.Errors.OrderByDescending(e => e.Value))
        {
            Line(text, $"  error: {kind} x{count}");
        }
        // One process holds bot, client and connector stand-in, so this is an upper bound for the bot alone.
        Line(text, $"peak working set (whole bench process): {self.PeakWorkingSet64 / (1024.0 * 1024.0):0.0} MB");
        return text.ToString();
    }

    // Nearest-rank percentile.
    internal static TimeSpan Percentile(TimeSpan[] sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    internal static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    internal static void Line(StringBuilder text, FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
