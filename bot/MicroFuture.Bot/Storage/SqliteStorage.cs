using System.Text.Json;
using MicroFuture.BotFramework.State;
using Microsoft.Data.Sqlite;

namespace MicroFuture.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in one SQLite file (WAL mode), safe for several writers in this process and for several
/// processes sharing the file. Every write runs in one <c>BEGIN IMMEDIATE</c> transaction, and each conditional
/// write is itself a conditional statement, so of two writers holding the same ETag exactly one can win.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    /// <summary>File name of the database inside the data directory.</summary>
    public const string FileName = "bot-state.db";

    // How long a writer waits for another connection's write lock before giving up with an error.
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string _connectionString;

    public SqliteStorage(string databasePath)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
        using var connection = Open();
        // WAL is a property of the file (persists); readers then never block the one writer.
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS state (
                key   TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL,
                etag  TEXT NOT NULL
            ) WITHOUT ROWID;
            """);
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoreItem>();
        }
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        // One statement reads all keys from one snapshot; json_each avoids a parameter per key.
        command.CommandText = "SELECT key, value, etag FROM state WHERE key IN (SELECT value FROM json_each(@keys))";
        command.Parameters.AddWithValue("@keys", JsonSerializer.Serialize(keys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await StateTable.ReadItemsAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }
        await using var connection = Open();
        // IMMEDIATE takes the write lock up front: a deferred transaction could fail to upgrade under contention.
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var (key, change) in changes)
        {
            var etag = StateTable.NewETag();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = StateTable.WriteSql(change);
            StateTable.AddWriteParameters(command.Parameters, command.CreateParameter, key, change, etag);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                // Disposing the transaction without commit rolls back the items already written.
                throw new StorageConflictException(key);
            }
            etags[key] = etag;
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return;
        }
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM state WHERE key IN (SELECT value FROM json_each(@keys))";
        command.Parameters.AddWithValue("@keys", JsonSerializer.Serialize(keys));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the pooled connections, so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per-connection settings (pooled connections keep them, setting them again is cheap).
        // synchronous=NORMAL in WAL mode survives a process crash; only an OS crash may lose the last commits.
        Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
