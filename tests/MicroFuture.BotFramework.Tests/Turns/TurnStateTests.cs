using System.Text.Json;
using MicroFuture.BotFramework.State;

namespace MicroFuture.BotFramework.Tests.Turns;

public sealed class TurnStateTests
{
    private sealed class Counter
    {
        public int Count { get; set; }
    }

    /// <summary>Counts reads and writes to prove state is loaded once and saved only when changed.</summary>
    private sealed class CountingStorage : IStorage
    {
        public MemoryStorage Inner { get; } = new();
        public int Reads { get; private set; }
        public List<IReadOnlyDictionary<string, StoreItem>> Writes { get; } = [];

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Inner.ReadAsync(keys, cancellationToken);
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            Writes.Add(changes);
            return Inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => Inner.DeleteAsync(keys, cancellationToken);
    }

    private static readonly BotFramework.Schema.Activity Inbound = Turn.Message("hi");

    private static Task<TurnState> LoadAsync(IStorage storage) => TurnState.LoadAsync(storage, Inbound, CancellationToken.None);

    [Fact]
    public async Task Load_BothScopes_InOneRead()
    {
        // Arrange
        var storage = new CountingStorage();

        // Act
        var state = await LoadAsync(storage);

        // Assert
        Assert.Equal(1, storage.Reads);
        Assert.Equal("msteams/conversations/a:c1", state.Conversation.Key);
        Assert.Equal("msteams/users/29:user-1", state.User.Key);
    }

    [Fact]
    public async Task Save_NothingTouched_WritesNothing()
    {
        // Arrange
        var storage = new CountingStorage();
        var state = await LoadAsync(storage);

        // Act
        await state.SaveAsync(storage, CancellationToken.None);

        // Assert
        Assert.Empty(storage.Writes);
    }

    [Fact]
    public async Task Save_PropertyOnlyRead_WritesNothing()
    {
        // Arrange
        var storage = new CountingStorage();
        var state = await LoadAsync(storage);

        // Act
        _ = state.Conversation.Get<Counter>("counter");
        await state.SaveAsync(storage, CancellationToken.None);

        // Assert
        Assert.Empty(storage.Writes);
    }

    [Fact]
    public async Task Save_StoredStateReadButUnchanged_WritesNothing()
    {
        // Arrange
        var storage = new CountingStorage();
        var first = await LoadAsync(storage);
        first.Conversation.Get<Counter>("counter").Count = 3;
        await first.SaveAsync(storage, CancellationToken.None);
        var second = await LoadAsync(storage);

        // Act
        var count = second.Conversation.Get<Counter>("counter").Count;
        await second.SaveAsync(storage, CancellationToken.None);

        // Assert
        Assert.Equal(3, count);
        Assert.Single(storage.Writes);
    }

    [Fact]
    public async Task Save_Changed_WritesOnceWithTheLoadedETag()
    {
        // Arrange
        var storage = new CountingStorage();
        var first = await LoadAsync(storage);
        first.Conversation.Get<Counter>("counter").Count = 1;
        await first.SaveAsync(storage, CancellationToken.None);
        var storedETag = (await storage.Inner.ReadAsync(["msteams/conversations/a:c1"]))["msteams/conversations/a:c1"].ETag;
        var second = await LoadAsync(storage);

        // Act
        second.Conversation.Get<Counter>("counter").Count++;
        await second.SaveAsync(storage, CancellationToken.None);

        // Assert
        Assert.Equal(2, storage.Writes.Count);
        var firstWrite = Assert.Single(storage.Writes[0]);
        Assert.Null(firstWrite.Value.ETag); // a new key: must not exist yet
        var secondWrite = Assert.Single(storage.Writes[1]);
        Assert.Equal(storedETag, secondWrite.Value.ETag);
        Assert.Equal(2, secondWrite.Value.Value.GetProperty("counter").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Save_Twice_SecondSaveUsesTheNewETag()
    {
        // Arrange
        var storage = new CountingStorage();
        var state = await LoadAsync(storage);
        state.User.Get<Counter>("counter").Count = 1;
        await state.SaveAsync(storage, CancellationToken.None);

        // Act
        state.User.Get<Counter>("counter").Count = 2;
        await state.SaveAsync(storage, CancellationToken.None);

        // Assert
        Assert.Equal(2, storage.Writes.Count);
        var reloaded = await LoadAsync(storage);
        Assert.Equal(2, reloaded.User.Get<Counter>("counter").Count);
    }

    [Fact]
    public async Task SetRemoveClear_AreSavedAndReadBackTyped()
    {
        // Arrange
        var storage = new MemoryStorage();
        var state = await LoadAsync(storage);
        state.Conversation.Set("a", new Counter { Count = 1 });
        state.Conversation.Set("b", new Counter { Count = 2 });
        state.User.Set("u", new List<string> { "x" });
        await state.SaveAsync(storage, CancellationToken.None);

        // Act
        var next = await LoadAsync(storage);
        var a = next.Conversation.Get<Counter>("a").Count;
        var u = next.User.Get<List<string>>("u");
        next.Conversation.Remove("a");
        next.User.Clear();
        await next.SaveAsync(storage, CancellationToken.None);
        var last = await LoadAsync(storage);

        // Assert
        Assert.Equal(1, a);
        Assert.Equal(["x"], u);
        Assert.Equal(0, last.Conversation.Get<Counter>("a").Count);
        Assert.Equal(2, last.Conversation.Get<Counter>("b").Count);
        Assert.Empty(last.User.Get<List<string>>("u"));
    }

    [Fact]
    public async Task Save_ConcurrentWriterChangedTheScope_ThrowsConflict()
    {
        // Arrange
        var storage = new MemoryStorage();
        var seed = await LoadAsync(storage);
        seed.Conversation.Get<Counter>("counter").Count = 1;
        await seed.SaveAsync(storage, CancellationToken.None);
        var mine = await LoadAsync(storage);
        var theirs = await LoadAsync(storage);
        theirs.Conversation.Get<Counter>("counter").Count = 10;
        await theirs.SaveAsync(storage, CancellationToken.None);

        // Act
        mine.Conversation.Get<Counter>("counter").Count = 2;
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => mine.SaveAsync(storage, CancellationToken.None));

        // Assert
        Assert.Equal("msteams/conversations/a:c1", conflict.Key);
        var stored = await storage.ReadAsync(["msteams/conversations/a:c1"]);
        Assert.Equal(10, stored["msteams/conversations/a:c1"].Value.GetProperty("counter").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Save_TwoNewScopesRace_SecondCreatorConflicts()
    {
        // Arrange
        var storage = new MemoryStorage();
        var mine = await LoadAsync(storage);
        var theirs = await LoadAsync(storage);
        theirs.User.Set("name", new Counter { Count = 1 });
        await theirs.SaveAsync(storage, CancellationToken.None);

        // Act
        mine.User.Set("name", new Counter { Count = 2 });

        // Assert
        await Assert.ThrowsAsync<StorageConflictException>(() => mine.SaveAsync(storage, CancellationToken.None));
    }

    [Fact]
    public async Task Load_StoredDocument_KeepsUnknownProperties()
    {
        // Arrange
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["msteams/conversations/a:c1"] = new(JsonDocument.Parse("""{"other":{"kept":true},"counter":{"count":1}}""").RootElement),
        });
        var state = await LoadAsync(storage);

        // Act
        state.Conversation.Get<Counter>("counter").Count = 2;
        await state.SaveAsync(storage, CancellationToken.None);

        // Assert
        var stored = (await storage.ReadAsync(["msteams/conversations/a:c1"]))["msteams/conversations/a:c1"].Value;
        Assert.True(stored.GetProperty("other").GetProperty("kept").GetBoolean());
        Assert.Equal(2, stored.GetProperty("counter").GetProperty("count").GetInt32());
    }
}
