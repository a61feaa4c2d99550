using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Storage;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// The delivery ledger (table <c>reminder_deliveries</c>): one row per (meeting, version, reminder key, recipient
/// conversation), keyed by an idempotency key. A sender must win <see cref="TryClaimAsync"/> (one atomic UPDATE)
/// before it posts, so two runs of one reminder — a retry, a job re-fired after a restart, a second instance — never
/// both send. A row left in <c>sending</c> by a crashed process is claimable again once, after
/// <see cref="ReminderOptions.StaleClaimAfter"/> (see <see cref="TryClaimAsync"/>).
/// </summary>
public sealed class DeliveryLedger(BotDatabase database, IOptions<ReminderOptions> options)
{
    private const string Columns = "idempotency_key, meeting_id, meeting_version, reminder_key, conversation_id, recipient, status, attempts, last_error, activity_id, late_by_ms, updated_at";

    private readonly TableSchema _schema = new(database, """
        CREATE TABLE IF NOT EXISTS reminder_deliveries (
          idempotency_key TEXT NOT NULL PRIMARY KEY, meeting_id TEXT NOT NULL, meeting_version INTEGER NOT NULL,
          reminder_key TEXT NOT NULL, channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL, recipient TEXT,
          status TEXT NOT NULL, attempts INTEGER NOT NULL, recovered INTEGER NOT NULL, last_error TEXT, activity_id TEXT,
          late_by_ms BIGINT, claimed_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_reminder_deliveries_meeting ON reminder_deliveries (meeting_id, reminder_key)
        """);

    public static string KeyOf(string meetingId, int version, string reminderKey, string channelId, string conversationId) =>
        $"{meetingId}|v{version}|{reminderKey}|{channelId}|{conversationId}";

    /// <summary>Adds the row in <paramref name="status"/> unless it exists (whatever its state).</summary>
    public async Task RecordAsync(string key, Meeting meeting, string reminderKey, string channelId, string conversationId, string? recipient, string status, TimeSpan? lateBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync("""
            INSERT INTO reminder_deliveries (idempotency_key, meeting_id, meeting_version, reminder_key, channel_id, conversation_id, recipient, status, attempts, recovered, late_by_ms, created_at, updated_at)
            VALUES (@key, @meeting, @version, @reminder, @channel, @conversation, @recipient, @status, 0, 0, @late, @now, @now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, new Dictionary<string, object?>
            {
                ["@key"] = key,
                ["@meeting"] = meeting.Id,
                ["@version"] = meeting.Version,
                ["@reminder"] = reminderKey,
                ["@channel"] = channelId,
                ["@conversation"] = conversationId,
                ["@recipient"] = recipient,
                ["@status"] = status,
                ["@late"] = lateBy is { } late ? (long)late.TotalMilliseconds : null,
                ["@now"] = DatabaseQueries.Stamp(now),
            }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the row for one send: true for exactly one caller. Claimable are pending, throttled and failed rows
    /// under MaxAttempts, and — once — a row stuck in <c>sending</c> for longer than StaleClaimAfter. That last rule
    /// is the crash rule: Bot Framework posts are not idempotent, so a claim without a recorded outcome is
    /// ambiguous. A process normally dies before or after its HTTP call, rarely during it; the claim-to-post gap
    /// (rate-limit wait, token fetch) is far longer than the post itself. Retrying once therefore delivers exactly
    /// once after a normal crash, at the price of a possible single duplicate if the crash hit the post in flight;
    /// never retrying would lose the reminder in the common case instead.
    /// </summary>
    public async Task<bool> TryClaimAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var changed = await database.ExecuteAsync("""
            UPDATE reminder_deliveries
            SET recovered = CASE WHEN status = 'sending' THEN 1 ELSE recovered END,
                status = 'sending', attempts = attempts + 1, claimed_at = @now, updated_at = @now
            WHERE idempotency_key = @key
              AND ((status IN ('pending', 'throttled', 'failed') AND attempts < @max)
                   OR (status = 'sending' AND recovered = 0 AND claimed_at < @stale))
            """, new Dictionary<string, object?>
            {
                ["@key"] = key,
                ["@now"] = DatabaseQueries.Stamp(now),
                ["@stale"] = DatabaseQueries.Stamp(now - options.Value.StaleClaimAfter),
                ["@max"] = options.Value.MaxAttempts,
            }, cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>
    /// Whether another sender holds the row's claim and the crash rule could still recover it (claimed once, not yet
    /// marked): a run that lost the claim then plans a retry after StaleClaimAfter, so a crash mid-send is not a loss.
    /// </summary>
    public async Task<bool> IsRecoverableClaimAsync(string key, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = await database.QueryAsync("SELECT status FROM reminder_deliveries WHERE idempotency_key = @key AND status = 'sending' AND recovered = 0",
            new Dictionary<string, object?> { ["@key"] = key }, reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);
        return rows.Count > 0;
    }

    public async Task MarkSentAsync(string key, string? activityId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync("UPDATE reminder_deliveries SET status = 'sent', activity_id = @activity, last_error = NULL, updated_at = @now WHERE idempotency_key = @key",
            new Dictionary<string, object?> { ["@key"] = key, ["@activity"] = activityId, ["@now"] = DatabaseQueries.Stamp(now) }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a failed send; a <paramref name="final"/> failure is never claimed again (attempts set to the maximum).</summary>
    public async Task MarkAsync(string key, string status, string? error, DateTimeOffset now, bool final, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync("""
            UPDATE reminder_deliveries SET status = @status, last_error = @error, updated_at = @now,
              attempts = CASE WHEN @final = 1 AND attempts < @max THEN @max ELSE attempts END
            WHERE idempotency_key = @key AND status <> 'sent'
            """, new Dictionary<string, object?>
            {
                ["@key"] = key,
                ["@status"] = status,
                ["@error"] = error,
                ["@now"] = DatabaseQueries.Stamp(now),
                ["@final"] = final ? 1 : 0,
                ["@max"] = options.Value.MaxAttempts,
            }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every row of a meeting, oldest first (<c>deliveries &lt;id&gt;</c>).</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await database.QueryAsync($"SELECT {Columns} FROM reminder_deliveries WHERE meeting_id = @meeting ORDER BY created_at, idempotency_key",
            new Dictionary<string, object?> { ["@meeting"] = meetingId }, reader => new DeliveryRecord(
                reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(3), reader.GetString(4),
                reader.NullableString(5), reader.GetString(6), Convert.ToInt32(reader.GetValue(7), System.Globalization.CultureInfo.InvariantCulture), reader.NullableString(8),
                reader.NullableString(9), reader.IsDBNull(10) ? null : TimeSpan.FromMilliseconds(Convert.ToInt64(reader.GetValue(10), System.Globalization.CultureInfo.InvariantCulture)),
                DatabaseQueries.ParseStamp(reader.GetString(11))), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many distinct <c>now-n</c> keys a meeting has used (for the next <c>remind now</c>).</summary>
    public async Task<int> NowCountAsync(string meetingId, CancellationToken cancellationToken = default)
    {
        var rows = await ForMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
        return rows.Where(r => r.ReminderKey.StartsWith("now-", StringComparison.Ordinal)).Select(r => r.ReminderKey).Distinct(StringComparer.Ordinal).Count();
    }
}
