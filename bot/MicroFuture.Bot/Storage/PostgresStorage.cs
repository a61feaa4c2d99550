using MicroFuture.BotFramework.State;
using Npgsql;
using NpgsqlTypes;

namespace MicroFuture.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in a PostgreSQL table <c>state</c>, shared by every bot instance on the same database.
/// Every write is one transaction of conditional statements (sent as one batch), so of two writers holding the
/// same ETag exactly one can win, and a stale ETag anywhere rolls the whole write back.
/// </summary>
/// <remarks>
/// Documents are kept in a <c>text</c> column, not <c>jsonb</c>: the bot never queries inside them, text gives back
/// exactly the bytes written (jsonb reorders keys and normalises numbers) and accepts every JSON the serializer
/// produces (jsonb refuses the escape <c>\u0000</c>).
/// </remarks>
public sealed class PostgresStorage : IStorage, IDisposable, IAsyncDisposable
{
    // Any constant: serialises the CREATE TABLE of instances starting at once (concurrent
    // CREATE TABLE IF NOT EXISTS can still fail on PostgreSQL's catalog unique index).
    private const long SchemaLockId = 0x4D46_5354_4154_45; // "MFSTATE"

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects with <paramref name="connectionString"/> (Npgsql syntax) and creates the table when missing.</summary>
    public PostgresStorage(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock({SchemaLockId});
            CREATE TABLE IF NOT EXISTS state (
                key   text COLLATE "C" NOT NULL PRIMARY KEY,
                value text NOT NULL,
                etag  text NOT NULL
            );
            """, connection, transaction);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoreItem>();
        }
        // One statement reads all keys from one snapshot; an array avoids a parameter per key.
        await using var command = _dataSource.CreateCommand("SELECT key, value, etag FROM state WHERE key = ANY(@keys)");
        command.Parameters.Add(KeysParameter(keys));
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
        // Rows are locked in key order, so two multi-key writers can never deadlock on each other.
        var ordered = changes.OrderBy(change => change.Key, StringComparer.Ordinal).ToList();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (key, change) in ordered)
        {
            var etag = StateTable.NewETag();
            etags[key] = etag;
            batch.BatchCommands.Add(WriteCommand(key, change, etag));
        }
        // One round trip; under READ COMMITTED a conditional UPDATE that waited for another writer re-checks its
        // WHERE on the newer row, and ON CONFLICT waits for the other insert: a lost race affects 0 rows.
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected != 1)
            {
                // Disposing the transaction without commit rolls back the items already written.
                throw new StorageConflictException(ordered[i].Key);
            }
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
        await using var command = _dataSource.CreateCommand("DELETE FROM state WHERE key = ANY(@keys)");
        command.Parameters.Add(KeysParameter(keys));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand WriteCommand(string key, StoreItem change, string etag)
    {
        var command = new NpgsqlBatchCommand(StateTable.WriteSql(change));
        StateTable.AddWriteParameters(command.Parameters, command.CreateParameter, key, change, etag);
        return command;
    }

    private static NpgsqlParameter KeysParameter(IReadOnlyCollection<string> keys) =>
        new("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.ToArray() };
}
