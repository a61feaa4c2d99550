using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Turns;

public sealed class TurnContextTests
{
    [Fact]
    public async Task SendActivity_BareActivity_IsAddressedBackToTheSender()
    {
        // Arrange
        var sender = new BufferedActivitySender();
        var turn = await Turn.CreateAsync(Turn.Message("hi"), sender: sender);

        // Act
        await turn.SendActivityAsync(new Activity { Text = "hello", Id = "client-set" });

        // Assert
        var sent = Assert.Single(sender.Activities);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("28:bot-1", sent.From?.Id);
        Assert.Equal("29:user-1", sent.Recipient?.Id);
        Assert.Equal("a:c1", sent.Conversation?.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", sent.ServiceUrl);
        Assert.Equal("msteams", sent.ChannelId);
        Assert.Equal("it-IT", sent.Locale);
        Assert.Null(sent.Id);
        Assert.Null(sent.ReplyToId);
        Assert.True(turn.Responded);
    }

    [Fact]
    public async Task SendActivity_ExplicitAddressing_IsKept()
    {
        // Arrange
        var sender = new BufferedActivitySender();
        var turn = await Turn.CreateAsync(Turn.Message("hi"), sender: sender);
        var other = new ConversationAccount { Id = "a:other" };

        // Act
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing, Conversation = other });

        // Assert
        var sent = Assert.Single(sender.Activities);
        Assert.Equal(ActivityTypes.Typing, sent.Type);
        Assert.Equal("a:other", sent.Conversation?.Id);
    }

    [Fact]
    public async Task SendText_IsAReplyToTheInbound()
    {
        // Arrange
        var sender = new BufferedActivitySender();
        var turn = await Turn.CreateAsync(Turn.Message("hi"), sender: sender);

        // Act
        await turn.SendTextAsync("hello");

        // Assert
        var sent = Assert.Single(sender.Activities);
        Assert.Equal("hello", sent.Text);
        Assert.Equal("in-1", sent.ReplyToId);
    }

    [Fact]
    public async Task NothingSent_IsNotResponded()
    {
        // Arrange / Act
        var turn = await Turn.CreateAsync(Turn.Message("hi"));

        // Assert
        Assert.False(turn.Responded);
    }
}
