using MicroFuture.Bot.Proposals;
using MicroFuture.Bot.Proposals.Store;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;

namespace MicroFuture.Bot.Tests.Proposals;

public sealed class ProposalStoreTests
{
    private static readonly ChannelAccount Alice = new() { Id = "29:alice", AadObjectId = "00000000-0000-0000-0000-0000000000a1" };
    private static readonly ChannelAccount Bob = new() { Id = "29:bob" };

    [Fact]
    public async Task UpdateAsync_ManyAnswersOfOneAuthorAtOnce_EveryAnswerKept()
    {
        // Arrange
        var store = new ProposalStore(new MemoryStorage(), TimeProvider.System);
        var draft = await store.CreateAsync(Alice, "Guarantees");

        // Act: concurrent writers conflict on the ETag and retry
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() =>
            store.UpdateAsync(Alice, draft.Id, d => d.Inspirations.Add(new Inspiration { Title = $"Lesson {i}" })))));
        var saved = await store.GetAsync(Alice, draft.Id);

        // Assert
        Assert.Equal(20, saved!.Inspirations.Select(i => i.Title).Distinct().Count());
    }

    [Fact]
    public async Task GetUpdateDelete_AnotherUser_CannotReachTheDraft()
    {
        // Arrange
        var store = new ProposalStore(new MemoryStorage(), TimeProvider.System);
        var draft = await store.CreateAsync(Alice, "Private");

        // Act
        var read = await store.GetAsync(Bob, draft.Id);
        var updated = await store.UpdateAsync(Bob, draft.Id, d => d.Name = "Hijacked");
        var deleted = await store.DeleteAsync(Bob, draft.Id);
        var listed = await store.ListAsync(Bob);

        // Assert
        Assert.Null(read);
        Assert.Null(updated);
        Assert.False(deleted);
        Assert.Empty(listed);
        Assert.Equal("Private", (await store.GetAsync(Alice, draft.Id))!.Name);
        Assert.Equal("00000000-0000-0000-0000-0000000000a1", (await store.GetAsync(Alice, draft.Id))!.OwnerAadObjectId);
    }
}
