using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.State;

namespace MicroFuture.Bot.Tests.Storage;

/// <summary>
/// What every <see cref="IStorage"/> must do (see its XML docs). A derived class per implementation supplies
/// a fresh, empty store for each test.
/// </summary>
public abstract class StorageContract
{
    /// <summary>The store under test, empty at the start of each test.</summary>
    protected abstract IStorage Storage { get; }

    /// <summary>A second store over the same data, as another process would open it (the same object when there is no such thing).</summary>
    protected abstract IStorage OpenSecondInstance();

    [Fact]
    public async Task Read_MissingKeys_AreAbsent()
    {
        // Arrange
        await WriteAsync("present", """{"n":1}""", StoreItem.AnyETag);

        // Act
        var items = await Storage.ReadAsync(["present", "missing"]);

        // Assert
        Assert.Equal(["present"], items.Keys);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsEqualJsonAndTheWrittenETag()
    {
        // Arrange
        const string json = """{"welcome":{"sent":true},"list":[1,2.5,"x",null,false],"nested":{"a":{"b":{}}}}""";

        // Act
        var etag = await WriteAsync("msteams/conversations/a:1", json, null);
        var item = (await Storage.ReadAsync(["msteams/conversations/a:1"]))["msteams/conversations/a:1"];

        // Assert
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(item.Value.GetRawText())));
        Assert.Equal(etag, item.ETag);
    }

    [Fact]
    public async Task Write_EachWrite_GivesANewETag()
    {
        // Arrange
        var etags = new List<string> { await WriteAsync("k", """{"n":0}""", null) };

        // Act
        for (var i = 1; i <= 3; i++)
        {
            etags.Add(await WriteAsync("k", $$"""{"n":{{i}}}""", etags[^1]));
        }

        // Assert
        Assert.Equal(etags.Count, etags.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(etags[^1], (await Storage.ReadAsync(["k"]))["k"].ETag);
    }

    [Fact]
    public async Task Write_StaleETagAmongSeveralKeys_ThrowsConflictAndWritesNothing()
    {
        // Arrange
        var staleA = await WriteAsync("a", """{"v":"a1"}""", null);
        var currentB = await WriteAsync("b", """{"v":"b1"}""", null);
        await WriteAsync("a", """{"v":"a2"}""", staleA);
        var changes = new Dictionary<string, StoreItem>
        {
            ["new"] = Item("""{"v":"new"}""", null),
            ["b"] = Item("""{"v":"b2"}""", currentB),
            ["a"] = Item("""{"v":"a3"}""", staleA),
        };

        // Act
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(changes));

        // Assert
        Assert.Equal("a", conflict.Key);
        var items = await Storage.ReadAsync(["a", "b", "new"]);
        Assert.Equal(["a", "b"], items.Keys.Order());
        Assert.Equal("a2", items["a"].Value.GetProperty("v").GetString());
        Assert.Equal("b1", items["b"].Value.GetProperty("v").GetString());
        Assert.Equal(currentB, items["b"].ETag);
    }

    [Fact]
    public async Task Write_AnyETag_OverwritesWhateverIsStored()
    {
        // Arrange
        await WriteAsync("k", """{"v":1}""", null);

        // Act
        var etag = await WriteAsync("k", """{"v":2}""", StoreItem.AnyETag);

        // Assert
        var item = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(2, item.Value.GetProperty("v").GetInt32());
        Assert.Equal(etag, item.ETag);
    }

    [Fact]
    public async Task Write_NullETagOnExistingKey_ThrowsConflictAndKeepsStoredValue()
    {
        // Arrange
        await WriteAsync("k", """{"v":"first"}""", null);

        // Act
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", """{"v":"second"}""", null));

        // Assert
        Assert.Equal("k", conflict.Key);
        Assert.Equal("first", (await Storage.ReadAsync(["k"]))["k"].Value.GetProperty("v").GetString());
    }

    [Fact]
    public async Task Delete_ExistingKey_RemovesOnlyThatKey()
    {
        // Arrange
        await WriteAsync("gone", """{"v":1}""", null);
        await WriteAsync("kept", """{"v":2}""", null);

        // Act
        await Storage.DeleteAsync(["gone"]);

        // Assert
        Assert.Equal(["kept"], (await Storage.ReadAsync(["gone", "kept"])).Keys);
    }

    [Fact]
    public async Task Delete_ThenWriteWithOldETag_ThrowsConflict()
    {
        // Arrange
        var old = await WriteAsync("k", """{"v":1}""", null);
        await Storage.DeleteAsync(["k"]);

        // Act + Assert: a writer that read before the delete must not resurrect the item
        await Assert.ThrowsAsync<StorageConflictException>(() => WriteAsync("k", """{"v":2}""", old));
        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task Delete_MissingKeys_IsIgnored()
    {
        // Arrange
        await WriteAsync("kept", """{"v":1}""", null);

        // Act
        await Storage.DeleteAsync(["never-written", "also-missing"]);

        // Assert
        Assert.Single(await Storage.ReadAsync(["kept"]));
    }

    [Fact]
    public async Task Write_ManyKeysInOneCall_AllReadBack()
    {
        // Arrange
        var changes = Enumerable.Range(0, 1500).ToDictionary(i => $"msteams/users/29:user-{i}", i => Item($$"""{"i":{{i}}}""", null));

        // Act
        var etags = await Storage.WriteAsync(changes);
        var items = await Storage.ReadAsync([.. changes.Keys, "missing"]);

        // Assert
        Assert.Equal(changes.Count, etags.Count);
        Assert.Equal(changes.Count, items.Count);
        Assert.All(changes.Keys, key => Assert.Equal(etags[key], items[key].ETag));
        Assert.Equal(1234, items["msteams/users/29:user-1234"].Value.GetProperty("i").GetInt32());
    }

    [Fact]
    public async Task Write_UnicodeEmojiAndLargeValue_RoundTripsExactly()
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("Ciao 👋🏽 crédito — 微型金融 \"quoted\" \\ \n\t\u0001 ", 5000));
        var json = JsonSerializer.Serialize(new { text, key = "ключ" });
        const string key = "msteams/conversations/19:émoji-🙂@thread.v2";

        // Act
        await WriteAsync(key, json, null);
        var item = (await Storage.ReadAsync([key]))[key];

        // Assert
        Assert.True(json.Length > 200_000);
        Assert.Equal(text, item.Value.GetProperty("text").GetString());
        Assert.Equal("ключ", item.Value.GetProperty("key").GetString());
    }

    [Fact]
    public async Task Write_ConcurrentReadModifyWriteWithRetry_LosesNoUpdate()
    {
        // Arrange
        const int writers = 16;
        const int incrementsEach = 10;
        await WriteAsync("counter", """{"n":0}""", null);
        var conflicts = 0;

        // Act
        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < incrementsEach;)
            {
                var current = (await Storage.ReadAsync(["counter"]))["counter"];
                var next = current.Value.GetProperty("n").GetInt32() + 1;
                try
                {
                    await WriteAsync("counter", $$"""{"n":{{next}}}""", current.ETag);
                    done++;
                }
                catch (StorageConflictException)
                {
                    // Bounded: more conflicts than all other writes together means the store is broken.
                    Assert.True(Interlocked.Increment(ref conflicts) < writers * writers * incrementsEach);
                }
            }
        }));
        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(60));

        // Assert
        var final = (await Storage.ReadAsync(["counter"]))["counter"];
        Assert.Equal(writers * incrementsEach, final.Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Write_TwoInstancesRacingWithSameETag_ExactlyOneWinsEachRound()
    {
        // Arrange
        var second = OpenSecondInstance();
        try
        {
            var etag = await WriteAsync("race", """{"round":0,"winner":""}""", null);
            for (var round = 1; round <= 20; round++)
            {
                // Act
                var expected = etag;
                var attempts = new[] { Storage, second }.Select((store, i) => Task.Run(() =>
                    store.WriteAsync(new Dictionary<string, StoreItem> { ["race"] = Item($$"""{"round":{{round}},"winner":"w{{i}}"}""", expected) })));
                var outcomes = await Task.WhenAll(attempts.Select(CaptureAsync)).WaitAsync(TimeSpan.FromSeconds(30));

                // Assert
                var winners = outcomes.Where(o => o.ETags is not null).ToList();
                var winner = Assert.Single(winners);
                Assert.IsType<StorageConflictException>(Assert.Single(outcomes, o => o.Error is not null).Error);
                var stored = (await second.ReadAsync(["race"]))["race"];
                Assert.Equal(winner.ETags!["race"], stored.ETag);
                Assert.Equal(round, stored.Value.GetProperty("round").GetInt32());
                etag = stored.ETag!;
            }
        }
        finally
        {
            if (!ReferenceEquals(second, Storage))
            {
                (second as IDisposable)?.Dispose();
            }
        }
    }

    protected static StoreItem Item(string json, string? etag)
    {
        using var document = JsonDocument.Parse(json);
        return new StoreItem(document.RootElement.Clone(), etag);
    }

    protected async Task<string> WriteAsync(string key, string json, string? etag) =>
        (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = Item(json, etag) }))[key];

    private static async Task<(IReadOnlyDictionary<string, string>? ETags, Exception? Error)> CaptureAsync(Task<IReadOnlyDictionary<string, string>> write)
    {
        try
        {
            return (await write, null);
        }
        catch (Exception exception)
        {
            return (null, exception);
        }
    }
}
