using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MicroFuture.Bot.Storage;

/// <summary>The relational engines the product's tables (meetings, deliveries, references, jobs) can live in.</summary>
public enum DatabaseKind
{
    /// <summary>The embedded default: one SQLite file in the data directory.</summary>
    Sqlite,

    /// <summary>PostgreSQL: what several bot instances share.</summary>
    Postgres,
}

/// <summary>
/// The product's relational database: SQLite (file <see cref="SqliteStorage.FileName"/> in the data directory) unless
/// <c>Storage:Provider</c> is <c>Postgres</c>. Feature stores open connections here and keep their SQL to the
/// dialect both engines share (<c>INSERT ... ON CONFLICT DO NOTHING</c>, <c>RETURNING</c>, <c>@name</c> parameters).
/// </summary>
public sealed class BotDatabase(DatabaseKind kind, string connectionString)
{
    public DatabaseKind Kind { get; } = kind;

    public string ConnectionString { get; } = connectionString;

    // WAL is stored in the database file, so one successful switch per database is enough; a race only repeats it.
    private volatile bool _walSet;

    /// <summary>The database for the configured provider (Memory state still keeps product tables in SQLite).</summary>
    public static BotDatabase From(StorageOptions options, string dataDirectory) => options.Provider switch
    {
        StorageProvider.Postgres => new BotDatabase(DatabaseKind.Postgres, string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException("Storage:Provider is Postgres but Storage:ConnectionString is empty.")
            : options.ConnectionString),
        _ => new BotDatabase(DatabaseKind.Sqlite, SqliteConnectionString(Path.Combine(dataDirectory, SqliteStorage.FileName))),
    };

    /// <summary>The connection string of a SQLite file with the settings every store uses.</summary>
    public static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>An open connection; SQLite connections wait up to 10 s for another writer's lock, and the file uses WAL.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Kind == DatabaseKind.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is SqliteConnection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _walSet ? "PRAGMA busy_timeout = 10000;" : "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _walSet = true;
        }
        return connection;
    }

    /// <summary>Runs a statement (e.g. a CREATE TABLE IF NOT EXISTS) with named parameters.</summary>
    public async Task<int> ExecuteAsync(string sql, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateCommand(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a query with named parameters and maps each row with <paramref name="read"/>.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = CreateCommand(connection, sql, parameters);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static DbCommand CreateCommand(DbConnection connection, string sql, IReadOnlyDictionary<string, object?>? parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters ?? new Dictionary<string, object?>())
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
