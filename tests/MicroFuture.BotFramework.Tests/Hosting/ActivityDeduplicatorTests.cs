using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace MicroFuture.BotFramework.Tests.Hosting;

public sealed class ActivityDeduplicatorTests : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions());

    private ActivityDeduplicator Create() => new(_cache, Options.Create(new BotFrameworkOptions()));

    private static Activity Message(string? id, string conversationId = "a:c1") =>
        new() { Type = ActivityTypes.Message, Id = id, ChannelId = "msteams", Conversation = new ConversationAccount { Id = conversationId } };

    [Fact]
    public void TryRegister_SameIdTwice_SecondIsADuplicate()
    {
        // Arrange
        var deduplicator = Create();

        // Act
        var first = deduplicator.TryRegister(Message("1"));
        var second = deduplicator.TryRegister(Message("1"));

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void TryRegister_SameIdInAnotherConversation_IsNew()
    {
        // Arrange
        var deduplicator = Create();
        deduplicator.TryRegister(Message("1", "a:c1"));

        // Act / Assert
        Assert.True(deduplicator.TryRegister(Message("1", "a:c2")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TryRegister_NoId_IsNeverADuplicate(string? id)
    {
        // Arrange
        var deduplicator = Create();
        deduplicator.TryRegister(Message(id));

        // Act / Assert
        Assert.True(deduplicator.TryRegister(Message(id)));
    }

    [Fact]
    public void Forget_RegisteredId_LetsItRunAgain()
    {
        // Arrange
        var deduplicator = Create();
        deduplicator.TryRegister(Message("1"));

        // Act
        deduplicator.Forget(Message("1"));

        // Assert
        Assert.True(deduplicator.TryRegister(Message("1")));
    }

    public void Dispose() => _cache.Dispose();
}
