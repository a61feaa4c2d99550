using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework.State;
using Npgsql;

namespace MicroFuture.Bot.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageContractTests(PostgresServer server) : StorageContract, IAsyncLifetime
{
    private string _connectionString = "";
    private PostgresStorage? _storage;

    protected override IStorage Storage => _storage!;

    // Another bot instance: its own connection pool on the same database.
    protected override IStorage OpenSecondInstance() => new PostgresStorage(_connectionString);

    public async Task InitializeAsync()
    {
        // One database for the class (creating one per test costs more than the tests), emptied for each test.
        _connectionString = await server.DatabaseForAsync(GetType());
        _storage = new PostgresStorage(_connectionString);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var truncate = new NpgsqlCommand("TRUNCATE state", connection);
        await truncate.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await _storage!.DisposeAsync();

    [Fact]
    public async Task Write_DocumentWithNulCharacterAndKeyOrder_ReadsBackByteExact()
    {
        // Arrange: jsonb would reorder these keys and refuse \u0000
        const string json = """{"z":1,"a":"nul \u0000 here","m":1.50}""";

        // Act
        await WriteAsync("k", json, null);
        var item = (await Storage.ReadAsync(["k"]))["k"];

        // Assert
        Assert.Equal(json, item.Value.GetRawText());
    }

    [Fact]
    public async Task NewInstance_OnSameDatabase_ReadsWhatTheOldOneWroteAndKeepsItsETag()
    {
        // Arrange
        var etag = await WriteAsync("msteams/conversations/a:1", """{"welcome":{"sent":true}}""", null);
        await _storage!.DisposeAsync();

        // Act
        await using var restarted = new PostgresStorage(_connectionString);
        var item = (await restarted.ReadAsync(["msteams/conversations/a:1"]))["msteams/conversations/a:1"];

        // Assert
        Assert.True(item.Value.GetProperty("welcome").GetProperty("sent").GetBoolean());
        Assert.Equal(etag, item.ETag);
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            restarted.WriteAsync(new Dictionary<string, StoreItem> { ["msteams/conversations/a:1"] = Item("{}", null) }));
    }

    [Fact]
    public async Task Constructor_SeveralInstancesStartingAtOnce_AllCreateTheTableWithoutError()
    {
        // Arrange
        var fresh = await server.CreateDatabaseAsync();

        // Act
        // Own threads: the constructors block, and would starve the thread pool's few threads
        var instances = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Factory.StartNew(() => new PostgresStorage(fresh), TaskCreationOptions.LongRunning))).WaitAsync(TimeSpan.FromSeconds(60));

        // Assert
        try
        {
            await instances[0].WriteAsync(new Dictionary<string, StoreItem> { ["k"] = Item("""{"v":1}""", null) });
            Assert.Single(await instances[^1].ReadAsync(["k"]));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }
}
