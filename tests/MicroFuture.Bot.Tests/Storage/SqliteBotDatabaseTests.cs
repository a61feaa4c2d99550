using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Tests.Storage;

public sealed class SqliteBotDatabaseTests : BotDatabaseContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("microfuture-sqlite-db-");

    public SqliteBotDatabaseTests() =>
        Database = new BotDatabase(DatabaseKind.Sqlite, BotDatabase.SqliteConnectionString(Path.Combine(_directory.FullName, SqliteStorage.FileName)));

    protected override BotDatabase Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
