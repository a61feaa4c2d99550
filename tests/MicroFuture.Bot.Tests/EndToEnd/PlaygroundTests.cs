using System.Net;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Help;
using MicroFuture.BotFramework.Schema;
using Xunit.Abstractions;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>
/// The real bot, driven by the Microsoft 365 Agents Playground as a Teams user would use it: personal chat,
/// a team channel, a group chat. Each test's bot and Playground output goes to its test log (shown on failure).
/// </summary>
[Collection(PlaygroundCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class PlaygroundTests : IDisposable
{
    private readonly PlaygroundFixture _playground;
    private readonly ITestOutputHelper _output;

    public PlaygroundTests(PlaygroundFixture playground, ITestOutputHelper output)
    {
        _playground = playground;
        _output = output;
        _playground.Frames.DiscardReceived();
    }

    private PlaygroundClient User => _playground.Client;

    private PlaygroundConversations Ids => _playground.Client.Ids;

    [Fact]
    public async Task Install_PersonalChat_BotWelcomesTheUserWithTheHelpCard()
    {
        // Act
        await User.InstallAsync(Ids.PersonalChatId);
        var welcome = await _playground.Frames.NextAsync(f => f.IsBotMessageIn(Ids.PersonalChatId) && f.Text is not null);
        // The Playground shows a message with text and a card as two messages: the text, then the card.
        var card = await _playground.Frames.NextAsync(f => f.IsBotMessageIn(Ids.PersonalChatId));

        // Assert
        Assert.Equal(Ids.BotId, welcome.FromId);
        Assert.StartsWith("Welcome to MicroFuture!", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("help", welcome.Text, StringComparison.Ordinal);
        AssertHelpCard(card);
    }

    [Fact]
    public async Task Help_PersonalChat_RepliesWithTheHelpCard()
    {
        // Act
        await User.SendAsync(Ids.PersonalChatId, "help");
        var reply = await _playground.Frames.NextAsync(f => f.IsBotMessageIn(Ids.PersonalChatId));

        // Assert
        Assert.Equal(Ids.BotId, reply.FromId);
        AssertHelpCard(reply);
    }

    [Fact]
    public async Task Help_ChannelPostMentioningTheBot_RepliesInThePostsThread()
    {
        // Act
        var post = await User.SendAsync(Ids.TeamGeneralChannelId, "help", mentionBot: true);
        var reply = await _playground.Frames.NextAsync(f => f.IsBotMessageIn(post.ReplyConversationId));

        // Assert: the bot answered into "<channel>;messageid=<post>", i.e. under the post, not as a new post
        Assert.Equal($"{Ids.TeamGeneralChannelId};messageid={post.MessageId}", reply.ConversationId);
        Assert.Equal(Ids.BotId, reply.FromId);
        AssertHelpCard(reply);
    }

    [Fact]
    public async Task Help_GroupChatMessageMentioningTheBot_RepliesInTheGroupChat()
    {
        // Act
        await User.SendAsync(Ids.GroupChatId, "help", mentionBot: true);
        var reply = await _playground.Frames.NextAsync(f => f.IsBotMessageIn(Ids.GroupChatId));

        // Assert
        Assert.Equal(Ids.BotId, reply.FromId);
        AssertHelpCard(reply);
    }

    [Fact]
    public async Task Message_GroupChatWithoutMention_BotStaysSilent()
    {
        // Act
        await User.SendAsync(Ids.GroupChatId, "help");
        var unprompted = await _playground.Frames.CollectAsync(f => f.IsBotMessageIn(Ids.GroupChatId), TimeSpan.FromSeconds(3));
        // Control: the same chat does get an answer once the bot is mentioned, so the silence above was not a broken pipe.
        await User.SendAsync(Ids.GroupChatId, "help", mentionBot: true);
        var control = await _playground.Frames.NextAsync(f => f.IsBotMessageIn(Ids.GroupChatId));

        // Assert
        Assert.Empty(unprompted);
        AssertHelpCard(control);
    }

    [Fact]
    public async Task FeedbackInvoke_ThumbsUpUnderAnAnswer_BotAnswers200WithAnEmptyObject()
    {
        // Arrange: what Teams sends when the user presses thumbs-up under an AI answer (message/submitAction)
        var feedback = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "like", ["feedback"] = "{\"feedbackText\":\"Very useful\"}" },
        };

        // Act
        var result = await User.InvokeAsync(Ids.PersonalChatId, "message/submitAction", feedback);

        // Assert: the feedback is stored and acknowledged with 200 {} (a non-empty body would be an error in Teams)
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, result.Body.ValueKind);
        Assert.Empty(result.Body.EnumerateObject());
    }

    private static void AssertHelpCard(PlaygroundFrame frame)
    {
        var (contentType, content) = Assert.Single(frame.Attachments);
        Assert.Equal(Attachment.AdaptiveCardContentType, contentType);
        Assert.Contains(HelpCard.Intro, content.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(AdaptiveCardValidator.Default.Validate(content));
    }

    // Everything since the previous test (for the first test: the start of the bot and the Playground).
    public void Dispose() => _output.WriteLine(_playground.TakeNewLog());
}
