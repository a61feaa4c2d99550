using System.Net;
using MicroFuture.Bot.Tests.Support;

namespace MicroFuture.Bot.Tests.Help;

public sealed class HelpTests
{
    [Fact]
    public async Task Help_PersonalChat_RepliesWithCardThroughConnector()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "msg-1")));
        var sent = await connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat-1/activities/msg-1", sent.RawPath);
        var reply = sent.Activity!;
        Assert.Equal("msg-1", reply.ReplyToId);
        Assert.Equal("28:bot-1", reply.From?.Id);
        Assert.Equal("29:user-1", reply.Recipient?.Id);
        Assert.Equal("a:personal-chat-1", reply.Conversation?.Id);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Contains("help", card.Content!.Value.GetRawText());
        connector.AssertAllCardsValid();
    }
}
