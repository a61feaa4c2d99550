using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresBotDatabaseTests(PostgresServer server) : BotDatabaseContract, IAsyncLifetime
{
    private BotDatabase? _database;

    protected override BotDatabase Database => _database!;

    public async Task InitializeAsync() => _database = new BotDatabase(DatabaseKind.Postgres, await server.CreateDatabaseAsync());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void From_PostgresProviderWithoutConnectionString_Throws()
    {
        // Arrange
        var options = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = " " };

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => BotDatabase.From(options, "unused"));

        // Assert
        Assert.Contains("Storage:ConnectionString", error.Message);
    }
}
