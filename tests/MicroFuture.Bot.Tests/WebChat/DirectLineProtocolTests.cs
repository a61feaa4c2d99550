using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.WebChat;

/// <summary>The bot's built-in Direct Line 3.0 endpoint over real HTTP, as Web Chat uses it (polling).</summary>
public sealed class DirectLineProtocolTests
{
    [Fact]
    public async Task StartConversation_LocalMode_WelcomeArrivesAddressedToTheConversation()
    {
        // Arrange
        await using var host = WebChatHost.Start();

        // Act
        var session = await DirectLineSession.StartAsync(host);
        var welcome = await session.NextFromBotAsync(a => a.Type == ActivityTypes.Message);

        // Assert
        Assert.StartsWith("Welcome to MicroFuture!", welcome.Text);
        Assert.Equal(session.ConversationId, welcome.Conversation?.Id);
        Assert.Equal("directline", welcome.ChannelId);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(welcome.Attachments!).ContentType);
        Assert.StartsWith(session.ConversationId + "|", welcome.Id);
    }

    [Fact]
    public async Task PostHelp_AfterWelcome_EchoAndHelpCardArriveWithIncreasingStringWatermark()
    {
        // Arrange
        await using var host = WebChatHost.Start();
        var session = await DirectLineSession.StartAsync(host);
        await session.NextFromBotAsync(a => a.Type == ActivityTypes.Message);
        var afterWelcome = long.Parse(session.Watermark!, CultureInfo.InvariantCulture);

        // Act
        var postedId = await session.SayAsync("help");
        var help = await session.NextFromBotAsync(a => a.ReplyToId == postedId);

        // Assert
        var mine = Assert.Single(session.Seen, a => a.Id == postedId);
        Assert.Equal("help", mine.Text);
        Assert.Equal("r_tester", mine.From?.Id);
        Assert.Equal("microfuture-bot", mine.Recipient?.Id);
        Assert.Equal(new Uri(host.BaseAddress, "directline-connector/").ToString(), help.ServiceUrl);
        Assert.Equal(postedId, help.ReplyToId);
        Assert.Equal("r_tester", help.Recipient?.Id);
        var card = Assert.Single(help.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        Assert.Contains("What I can do", card.Content!.Value.GetRawText());
        Assert.True(long.Parse(session.Watermark!, CultureInfo.InvariantCulture) > afterWelcome);
        Assert.Empty(await session.ReadAsync());
    }

    [Fact]
    public async Task ConversationRoutes_WrongToken_Return403()
    {
        // Arrange
        await using var host = WebChatHost.Start();
        var session = await DirectLineSession.StartAsync(host);
        var other = await DirectLineSession.StartAsync(host);

        // Act
        using var read = await host.Client.SendAsync(session.Request(HttpMethod.Get, "/activities", token: "not-the-token"));
        using var readWithOthersToken = await host.Client.SendAsync(session.Request(HttpMethod.Get, "/activities", token: other.Token));
        using var post = session.Request(HttpMethod.Post, "/activities", token: other.Token);
        post.Content = JsonContent.Create(new { type = "message", text = "help", from = new { id = "r_intruder" } });
        using var posted = await host.Client.SendAsync(post);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readWithOthersToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
    }

    [Fact]
    public async Task ConversationRoutes_UnknownConversation_Return404()
    {
        // Arrange
        await using var host = WebChatHost.Start();
        var session = await DirectLineSession.StartAsync(host);

        // Act
        using var request = new HttpRequestMessage(HttpMethod.Get, "v3/directline/conversations/no-such-conversation/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await host.Client.SendAsync(request);
        using var botReply = await host.Client.PostAsync(
            "directline-connector/v3/conversations/no-such-conversation/activities",
            JsonContent.Create(new { type = "message", text = "spoofed" }));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, botReply.StatusCode);
    }

    [Fact]
    public async Task History_MoreActivitiesThanTheCap_KeepsOnlyTheNewest()
    {
        // Arrange
        await using var host = WebChatHost.Start(new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "3" });
        var session = await DirectLineSession.StartAsync(host);
        await session.NextFromBotAsync(a => a.Type == ActivityTypes.Message);

        // Act: every exchange adds the user's message and the bot's answer
        foreach (var text in new[] { "help", "hello", "what is this" })
        {
            var id = await session.SayAsync(text);
            await session.NextFromBotAsync(a => a.ReplyToId == id);
        }
        using var request = session.Request(HttpMethod.Get, "/activities");
        using var response = await host.Client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var kept = body.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ProtocolJson.Options)!;

        // Assert
        Assert.Equal(3, kept.Count);
        Assert.DoesNotContain(kept, a => a.Text?.StartsWith("Welcome", StringComparison.Ordinal) == true);
        Assert.Contains("what is this", kept[^1].Text);
    }

    [Fact]
    public async Task ConnectorRoutes_BotUpdatesAndDeletesItsMessage_ClientSeesTheChange()
    {
        // Arrange
        await using var host = WebChatHost.Start();
        var session = await DirectLineSession.StartAsync(host);
        await session.NextFromBotAsync(a => a.Type == ActivityTypes.Message);
        var activities = $"directline-connector/v3/conversations/{session.ConversationId}/activities";
        using var sent = await host.Client.PostAsync(activities, JsonContent.Create(new { type = "message", text = "Working on it" }));
        var id = (await sent.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options))!.Id!;
        await session.NextFromBotAsync(a => a.Id == id);

        // Act
        using var updated = await host.Client.PutAsync($"{activities}/{Uri.EscapeDataString(id)}", JsonContent.Create(new { type = "message", text = "Done" }));
        var newVersion = await session.NextFromBotAsync(a => a.Id == id && a.Text == "Done");
        using var deleted = await host.Client.DeleteAsync($"{activities}/{Uri.EscapeDataString(id)}");
        using var all = await host.Client.SendAsync(session.Request(HttpMethod.Get, "/activities"));
        var remaining = JsonDocument.Parse(await all.Content.ReadAsStringAsync()).RootElement.GetProperty("activities").Deserialize<List<Activity>>(ProtocolJson.Options)!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("bot", newVersion.From?.Role);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.DoesNotContain(remaining, a => a.Id == id);
    }

    [Fact]
    public async Task RefreshToken_CurrentToken_NewTokenWorksAndOldOneIsRefused()
    {
        // Arrange
        await using var host = WebChatHost.Start();
        var session = await DirectLineSession.StartAsync(host);

        // Act
        using var refresh = new HttpRequestMessage(HttpMethod.Post, "v3/directline/tokens/refresh");
        refresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var refreshed = await host.Client.SendAsync(refresh);
        using var body = JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync());
        var newToken = body.RootElement.GetProperty("token").GetString();
        using var withNew = await host.Client.SendAsync(session.Request(HttpMethod.Get, "", token: newToken));
        using var withOld = await host.Client.SendAsync(session.Request(HttpMethod.Get, "/activities"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(session.ConversationId, body.RootElement.GetProperty("conversationId").GetString());
        Assert.NotEqual(session.Token, newToken);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
    }

    [Fact]
    public async Task StartConversation_SecretConfigured_NeedsTheSecret()
    {
        // Arrange
        await using var host = WebChatHost.Start(new Dictionary<string, string?> { ["DirectLine:Secret"] = "s3cret-for-tests" });

        // Act
        using var anonymous = await host.Client.PostAsync("v3/directline/conversations", null);
        var session = await DirectLineSession.StartAsync(host, secret: "s3cret-for-tests");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.NotEqual("s3cret-for-tests", session.Token);
    }

    [Fact]
    public async Task DirectLine_DisabledInConfiguration_PageAndEndpointAreNotServed()
    {
        // Arrange
        await using var host = WebChatHost.Start(new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });

        // Act
        using var page = await host.Client.GetAsync("");
        using var start = await host.Client.PostAsync("v3/directline/conversations", null);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }
}
