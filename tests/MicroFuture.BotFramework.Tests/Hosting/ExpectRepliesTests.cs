using System.Net;
using System.Text.Json;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Hosting;

/// <summary><c>deliveryMode: expectReplies</c>: the turn's activities come back in the HTTP response, none via the Connector.</summary>
public sealed class ExpectRepliesTests
{
    private static readonly ActivityRouter Router = new ActivityRouter()
        .OnMessage("two", async (turn, ct) =>
        {
            await turn.SendTextAsync("one", ct);
            await turn.SendTextAsync("two", ct);
        })
        .OnMessage("boom", (_, _) => throw new InvalidOperationException("handler failed"));

    private static string ExpectReplies(string serviceUrl, string text, string id)
    {
        var message = InboundActivity.Message(serviceUrl, text, id);
        return message[..message.LastIndexOf('}')] + ""","deliveryMode":"expectReplies"}""";
    }

    private static async Task<List<Activity>> RepliesAsync(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync(), ProtocolJson.Options)?.Activities ?? [];

    [Fact]
    public async Task ExpectReplies_ReturnsEveryReplyInOrder()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router);

        // Act
        var response = await host.PostAsync(ExpectReplies(host.Connector.ServiceUrl, "two", "er-1"));
        var replies = await RepliesAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["one", "two"], replies.Select(r => r.Text));
        Assert.All(replies, r => Assert.Equal("er-1", r.ReplyToId));
        Assert.True(await host.Connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task ExpectReplies_BotThrows_UserGetsTheApologyInTheResponse()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router);

        // Act
        var response = await host.PostAsync(ExpectReplies(host.Connector.ServiceUrl, "boom", "er-2"));
        var replies = await RepliesAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(replies);
        Assert.Contains("Sorry", apology.Text, StringComparison.Ordinal);
        Assert.True(await host.Connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }
}
