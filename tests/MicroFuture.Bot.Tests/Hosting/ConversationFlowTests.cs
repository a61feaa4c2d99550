using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Hosting;

/// <summary>What a Teams user sees, through <c>/api/messages</c> and the loopback Connector.</summary>
public sealed class ConversationFlowTests
{
    private const string Endpoint = "/api/messages";

    private static bool IsHelpCard(Activity? reply) =>
        reply?.Attachments is [{ ContentType: Attachment.AdaptiveCardContentType } card] && card.Content!.Value.GetRawText().Contains("What I can do", StringComparison.Ordinal);

    private static bool IsWelcome(Activity? activity) => activity?.Text?.StartsWith("Welcome to MicroFuture!", StringComparison.Ordinal) == true;

    [Fact]
    public async Task ChannelMessage_ReplyGoesToTheEscapedThreadPathWithFullAddressing()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var inbound = TeamsPayloads.ChannelMessage(connector.ServiceUrl, "<at>MicroFuture</at> help", id: "1700000000123");

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(inbound));
        var sent = await connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D123/activities/1700000000123", sent.RawPath);
        var reply = sent.Activity!;
        Assert.Equal("1700000000123", reply.ReplyToId);
        Assert.Equal("19:abc@thread.tacv2;messageid=123", reply.Conversation?.Id);
        Assert.Equal("00000000-0000-0000-0000-000000000001", reply.Conversation?.TenantId);
        Assert.Equal(TeamsPayloads.BotId, reply.From?.Id);
        Assert.Equal("29:user-1", reply.Recipient?.Id);
        Assert.True(IsHelpCard(reply), "the @mention was not stripped before routing");
        connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task PersonalMessage_UnknownText_GetsAHelpfulReplyMentioningHelp()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync(Endpoint, Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "what is the weather on Mars", id: "m-1")));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("m-1", reply.ReplyToId);
        Assert.Contains("help", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("weather on Mars", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSubmit_ValueWithHelpCommandAndNoText_GetsTheHelpCard()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var inbound = TeamsPayloads.Personal(connector.ServiceUrl, text: null, id: "submit-1");
        inbound["value"] = new JsonObject { ["command"] = "help" };
        inbound["replyToId"] = "1700000000790";

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(inbound));
        var reply = (await connector.NextAsync()).Activity;

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(IsHelpCard(reply));
        connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task MembersAdded_UserAndBot_WelcomesExactlyOnce()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.MembersAdded(connector.ServiceUrl, "cu-1")));
        var welcome = await connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(IsWelcome(welcome.Activity));
        Assert.Equal("/v3/conversations/a%3Apersonal-chat-1/activities", welcome.RawPath);
        Assert.Equal("29:user-1", welcome.Activity?.Recipient?.Id);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
        connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task MembersAdded_SecondUpdateInSameConversation_DoesNotWelcomeAgain()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.MembersAdded(connector.ServiceUrl, "cu-1")));
        var welcome = await connector.NextAsync();

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.MembersAdded(connector.ServiceUrl, "cu-2")));

        // Assert
        Assert.True(IsWelcome(welcome.Activity));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task InstallThenMembersAdded_WelcomesOnce()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var install = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.InstallationAdd(connector.ServiceUrl, "iu-1")));
        var update = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.MembersAdded(connector.ServiceUrl, "cu-1")));
        var welcome = await connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, install.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, update.StatusCode);
        Assert.True(IsWelcome(welcome.Activity));
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task MembersAdded_InTwoConversations_WelcomesEach()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.MembersAdded(connector.ServiceUrl, "cu-1", conversationId: "a:one")));
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.MembersAdded(connector.ServiceUrl, "cu-2", conversationId: "a:two")));
        var welcomes = new[] { (await connector.NextAsync()).Activity, (await connector.NextAsync()).Activity };

        // Assert
        Assert.All(welcomes, w => Assert.True(IsWelcome(w)));
        Assert.Equal(["a:one", "a:two"], welcomes.Select(w => w?.Conversation?.Id).Order());
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheResponseAndSendsNothing()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var inbound = TeamsPayloads.Personal(connector.ServiceUrl, "help", "er-1");
        inbound["deliveryMode"] = "expectReplies";

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(inbound));
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, ProtocolJson.Options)!;
        var reply = Assert.Single(replies.Activities!);
        Assert.True(IsHelpCard(reply));
        Assert.Equal("er-1", reply.ReplyToId);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(500)));
    }
}
