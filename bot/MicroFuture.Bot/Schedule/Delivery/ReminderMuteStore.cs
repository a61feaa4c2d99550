using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>Users who said <c>mute reminders</c> (table <c>reminder_mutes</c>, by channel user id).</summary>
public sealed class ReminderMuteStore(BotDatabase database)
{
    private readonly TableSchema _schema = new(database, "CREATE TABLE IF NOT EXISTS reminder_mutes (user_id TEXT NOT NULL PRIMARY KEY, muted_at TEXT NOT NULL)");

    public async Task SetMutedAsync(string userId, bool muted, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync(muted
                ? "INSERT INTO reminder_mutes (user_id, muted_at) VALUES (@user, @now) ON CONFLICT (user_id) DO NOTHING"
                : "DELETE FROM reminder_mutes WHERE user_id = @user",
            new Dictionary<string, object?> { ["@user"] = userId, ["@now"] = DatabaseQueries.Stamp(now) }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsMutedAsync(string userId, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = await database.QueryAsync("SELECT user_id FROM reminder_mutes WHERE user_id = @user",
            new Dictionary<string, object?> { ["@user"] = userId }, reader => reader.GetString(0), cancellationToken).ConfigureAwait(false);
        return rows.Count > 0;
    }
}
