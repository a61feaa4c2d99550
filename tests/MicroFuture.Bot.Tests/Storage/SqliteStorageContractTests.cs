using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework.State;

namespace MicroFuture.Bot.Tests.Storage;

public sealed class SqliteStorageContractTests : StorageContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("microfuture-sqlite-");
    private readonly SqliteStorage _storage;

    public SqliteStorageContractTests() => _storage = new SqliteStorage(DatabasePath);

    private string DatabasePath => Path.Combine(_directory.FullName, SqliteStorage.FileName);

    protected override IStorage Storage => _storage;

    protected override IStorage OpenSecondInstance() => new SqliteStorage(DatabasePath);

    [Fact]
    public async Task NewInstance_AfterRestart_ReadsWhatTheOldOneWrote()
    {
        // Arrange
        var etag = await WriteAsync("msteams/conversations/a:1", """{"welcome":{"sent":true}}""", null);
        _storage.Dispose();

        // Act
        using var restarted = new SqliteStorage(DatabasePath);
        var item = (await restarted.ReadAsync(["msteams/conversations/a:1"]))["msteams/conversations/a:1"];

        // Assert
        Assert.True(item.Value.GetProperty("welcome").GetProperty("sent").GetBoolean());
        Assert.Equal(etag, item.ETag);
        await Assert.ThrowsAsync<StorageConflictException>(() =>
            restarted.WriteAsync(new Dictionary<string, StoreItem> { ["msteams/conversations/a:1"] = Item("{}", null) }));
    }

    public void Dispose()
    {
        _storage.Dispose();
        _directory.Delete(recursive: true);
    }
}
