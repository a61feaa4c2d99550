using System.Diagnostics;
using System.Globalization;
using System.Text;
using MicroFuture.Bot.Schedule.Delivery;
using static MicroFuture.Bench.BenchReport;

namespace MicroFuture.Bench;

/// <summary>The figures of a <c>reminders</c> run: lateness, duplicates, losses and the send rates seen by the stand-in.</summary>
internal sealed record ReminderReport(string Text, bool Passed)
{
    // Teams' documented per-bot-per-thread limits (requests per window); the tenant limit is configured.
    private static readonly (TimeSpan Window, int Max)[] ThreadLimits =
        [(TimeSpan.FromSeconds(1), 7), (TimeSpan.FromSeconds(2), 8), (TimeSpan.FromSeconds(30), 60), (TimeSpan.FromSeconds(3600), 1800)];

    /// <summary>The window over which the tenant's sustained rate is checked (long enough that HTTP jitter does not count).</summary>
    private static readonly TimeSpan TenantWindow = TimeSpan.FromSeconds(10);

    public static ReminderReport Create(ReminderBenchOptions options, ReminderOptions limits, DateTimeOffset due, IReadOnlyCollection<ArrivedReminder> arrived, string tenant)
    {
        var text = new StringBuilder();
        var pairs = arrived.GroupBy(a => (a.ConversationId, a.Heading)).ToList();
        var duplicates = arrived.Count - pairs.Count;
        var lost = options.Expected - pairs.Count;
        var lateness = pairs.Select(p => p.Min(a => a.ArrivedUtc) - due).Order().ToArray();
        using var self = Process.GetCurrentProcess();

        Line(text, $"MicroFuture bench: reminders, {options.Meetings} meetings x {options.Conversations} personal chats = {options.Expected} sends due at one instant, tenant '{tenant}'; SQLite, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Line(text, $"limits: {limits.PerConversationPerSecond:0.#}/s per conversation, {limits.GlobalPerSecond:0.#}/s per tenant, {limits.MaxParallelSends} parallel sends per fan-out");
        Line(text, $"received {arrived.Count} posts: {pairs.Count} distinct (conversation, meeting), duplicates {duplicates}, lost {lost}");
        if (lateness.Length > 0)
        {
            Line(text, $"lateness (due -> post at connector), s: p50 {S(Percentile(lateness, 50))}  p95 {S(Percentile(lateness, 95))}  p99 {S(Percentile(lateness, 99))}  max {S(lateness[^1])}");
            Line(text, $"fan-out rate: {lateness.Length / Math.Max(0.001, lateness[^1].TotalSeconds):0.0} sends/s overall (floor set by the tenant limit: {options.Expected / limits.GlobalPerSecond:0.0} s for all)");
        }

        var tenantTimes = arrived.Select(a => a.ArrivedUtc).Order().ToArray();
        var tenantSecond = MaxInWindow(tenantTimes, TimeSpan.FromSeconds(1));
        var tenantSustained = MaxInWindow(tenantTimes, TenantWindow);
        // The limiter books sends in sliding windows (at most r in any 1 s) when a send starts; HTTP jitter at the
        // stand-in may bunch a few arrivals, so the check is on a longer window: at most r*w in any window w.
        var tenantAllowed = limits.GlobalPerSecond * TenantWindow.TotalSeconds;
        var tenantOk = tenantSustained <= tenantAllowed;
        Line(text, $"tenant: max {tenantSustained} posts in any {TenantWindow.TotalSeconds:0} s window (limiter allows {tenantAllowed:0}: {limits.GlobalPerSecond:0.#}/s) {(tenantOk ? "ok" : "EXCEEDED")}; max in any 1 s window: {tenantSecond}");
        var perConversation = arrived.GroupBy(a => a.ConversationId).Select(g => g.Select(a => a.ArrivedUtc).Order().ToArray()).ToList();
        var threadOk = true;
        foreach (var (window, max) in ThreadLimits)
        {
            var worst = perConversation.Count == 0 ? 0 : perConversation.Max(times => MaxInWindow(times, window));
            var over = perConversation.Count(times => MaxInWindow(times, window) > max);
            threadOk &= over == 0;
            Line(text, $"per conversation: max {worst} posts in any {window.TotalSeconds:0} s window (Teams: {max}); conversations over it: {over}");
        }
        Line(text, $"peak working set (whole bench process): {self.PeakWorkingSet64 / (1024.0 * 1024.0):0.0} MB");
        var passed = duplicates == 0 && lost == 0 && tenantOk && threadOk;
        Line(text, $"result: {(passed ? "PASS" : "FAIL")} (pass = 0 duplicates, 0 lost, rate limits respected); p99 target 2 s: {(lateness.Length > 0 && Percentile(lateness, 99) <= TimeSpan.FromSeconds(2) ? "met" : "not met")}");
        return new ReminderReport(text.ToString(), passed);
    }

    // Two pointers over sorted times: the most posts inside any half-open window of that length.
    private static int MaxInWindow(DateTimeOffset[] sorted, TimeSpan window)
    {
        var best = 0;
        for (int start = 0, end = 0; start < sorted.Length; start++)
        {
            while (end < sorted.Length && sorted[end] - sorted[start] < window)
            {
                end++;
            }
            best = Math.Max(best, end - start);
        }
        return best;
    }

    private static string S(TimeSpan value) => value.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
