using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// Keeps a fan-out inside Teams' documented limits with sliding windows: per conversation
/// <see cref="ReminderOptions.PerConversationPerSecond"/> (7) per second, evenly spaced, and, as Teams also requires, 8 per 2 s,
/// 60 per 30 s and 1,800 per hour; per tenant <see cref="ReminderOptions.GlobalPerSecond"/> (30) per second, evenly spaced.
/// Every window is stretched by <see cref="ReminderOptions.RateLimitMargin"/>, because Teams counts arrivals, which
/// jitter. <see cref="Reserve"/> books the earliest moment that breaks no window of either key and returns how long
/// the caller must wait (zero when it may send now). Waiting uses the same <see cref="TimeProvider"/>, so a fake clock tests it.
/// </summary>
public sealed class SendRateLimiter(IOptions<ReminderOptions> options, TimeProvider time)
{
    // Teams' per bot per thread limits beyond the per-second one (learn.microsoft.com, "Optimize your bot: rate limiting").
    private static readonly (int Count, TimeSpan Window)[] LongerConversationWindows =
    [
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    // ReminderOptions is bound once (IOptions), so the rules and each log's horizon are fixed for the limiter's life.
    // Each per-second limit also spaces sends evenly (one per 1/rate s): a burst of a whole second's sends at once
    // would meet the next second's burst inside one window as soon as delivery jitters.
    private readonly (int Count, TimeSpan Window)[] _conversationRules = Stretched(
        [.. Rate(options.Value.PerConversationPerSecond), .. LongerConversationWindows], options.Value.RateLimitMargin);
    private readonly (int Count, TimeSpan Window)[] _tenantRules = Stretched(Rate(options.Value.GlobalPerSecond), options.Value.RateLimitMargin);
    private readonly ConcurrentDictionary<string, SendLog> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SendLog> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Reserves one send into <paramref name="conversationId"/> of <paramref name="tenantId"/>; the delay to wait before sending.</summary>
    public TimeSpan Reserve(string? tenantId, string conversationId)
    {
        var conversation = _conversations.GetOrAdd(conversationId, _ => new SendLog(Longest(_conversationRules)));
        var tenant = _tenants.GetOrAdd(tenantId ?? "", _ => new SendLog(Longest(_tenantRules)));
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var at = now;
            // Moving later for one key can only add sends to the other key's windows ending then: repeat until both agree.
            for (var changed = true; changed;)
            {
                var next = tenant.EarliestFrom(conversation.EarliestFrom(at, _conversationRules), _tenantRules);
                changed = next != at;
                at = next;
            }
            conversation.Add(at, now);
            tenant.Add(at, now);
            return at - now;
        }
    }

    private static (int, TimeSpan)[] Stretched((int Count, TimeSpan Window)[] rules, double margin) =>
        [.. rules.Select(rule => (rule.Count, rule.Window * (1 + Math.Max(0, margin))))];

    private static TimeSpan Longest((int Count, TimeSpan Window)[] rules) => rules.Max(rule => rule.Window);

    private static (int, TimeSpan)[] Rate(double perSecond)
    {
        var count = Math.Max(1, (int)Math.Floor(perSecond));
        return [(count, TimeSpan.FromSeconds(1)), (1, TimeSpan.FromSeconds(1.0 / count))];
    }

    /// <summary>
    /// The booked send times of one key, sorted; times older than <paramref name="horizon"/>, the longest window of the
    /// rules the log is checked against, can no longer count in any window and are forgotten.
    /// </summary>
    private sealed class SendLog(TimeSpan horizon)
    {
        private readonly List<DateTimeOffset> _times = [];

        /// <summary>The earliest moment at or after <paramref name="from"/> when one more send breaks none of <paramref name="rules"/>.</summary>
        public DateTimeOffset EarliestFrom(DateTimeOffset from, (int Count, TimeSpan Window)[] rules)
        {
            var at = from;
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (count, window) in rules)
                {
                    // Any window holding a send at "at" only holds sends closer than one window length to it; keeping
                    // those below the limit is sufficient (slightly cautious when later sends are already booked).
                    var near = _times.Count(t => t > at - window && t < at + window);
                    if (near < count)
                    {
                        continue;
                    }
                    var before = _times.Where(t => t > at - window && t <= at).ToList();
                    at = before.Count >= count
                        ? before[before.Count - count] + window          // wait until enough earlier sends have left
                        : _times.First(t => t > at);                       // step past the next booked send and look again
                    changed = true;
                }
            }
            return at;
        }

        public void Add(DateTimeOffset at, DateTimeOffset now)
        {
            var index = _times.BinarySearch(at);
            _times.Insert(index < 0 ? ~index : index, at);
            _times.RemoveAll(t => t < now - horizon);
        }
    }
}
