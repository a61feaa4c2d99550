using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// Keeps a fan-out inside Teams' limits: a token bucket per conversation (7 sends/s by default, burst 7) and one
/// bucket per tenant (30/s, burst 30: Teams' global limit per app per tenant), refilled from <see cref="TimeProvider"/>. <see cref="Reserve"/> takes a token
/// from both and returns how long the caller must wait before sending (zero when within the limits), so the
/// waiting is done with the same clock and a fake clock tests it without sleeping.
/// </summary>
public sealed class SendRateLimiter(IOptions<ReminderOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _tenants = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    /// <summary>Reserves one send into <paramref name="conversationId"/> of <paramref name="tenantId"/>; the delay to wait before sending.</summary>
    public TimeSpan Reserve(string? tenantId, string conversationId)
    {
        var now = time.GetUtcNow();
        var bucket = _conversations.GetOrAdd(conversationId, _ => new Bucket(options.Value.PerConversationPerSecond, now));
        var tenant = _tenants.GetOrAdd(tenantId ?? "", _ => new Bucket(options.Value.GlobalPerSecond, now));
        lock (_lock)
        {
            var wait = bucket.Take(now);
            var globalWait = tenant.Take(now);
            return wait > globalWait ? wait : globalWait;
        }
    }

    // Tokens may go negative: each reservation queues behind the previous ones, so its wait is exact.
    private sealed class Bucket(double rate, DateTimeOffset start)
    {
        private readonly double _rate = rate;
        private double _tokens = rate;
        private DateTimeOffset _updated = start;

        public TimeSpan Take(DateTimeOffset now)
        {
            _tokens = Math.Min(_rate, _tokens + (now - _updated).TotalSeconds * _rate);
            _updated = now;
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _rate);
        }
    }
}
