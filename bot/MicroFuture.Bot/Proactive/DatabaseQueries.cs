using System.Data.Common;
using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Proactive;

/// <summary>Column helpers for the product database's rows (timestamps as UTC ISO 8601 text, nullable strings).</summary>
internal static class DatabaseQueries
{
    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Timestamps are stored as ISO 8601 text in UTC, which both engines compare correctly as text.</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseStamp(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal);
}

/// <summary>Creates a store's tables once per process, before its first statement (CREATE TABLE IF NOT EXISTS).</summary>
internal sealed class TableSchema(BotDatabase database, string createSql)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                foreach (var statement in createSql.Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    await database.ExecuteAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                _ready = true;
            }
        }
        finally
        {
            _lock.Release();
        }
    }
}
