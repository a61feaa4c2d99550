using System.Net;
using System.Net.Http.Headers;
using MicroFuture.Bot.Tests.Support;

namespace MicroFuture.Bot.Tests.Hosting;

/// <summary>What <c>/api/messages</c> answers to requests it cannot or need not run: the channel reads these codes.</summary>
public sealed class MessagesEndpointStatusTests
{
    private const string Endpoint = "/api/messages";

    /// <summary>A body without a Content-Length, sent chunked.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static readonly Dictionary<string, string?> SmallLimit = new() { ["BotFramework:MaxActivityBytes"] = "4096" };

    private static HttpRequestMessage Chunked(string json)
    {
        var content = new ChunkedContent(System.Text.Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_NotJsonContentType_Is415(string? mediaType)
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Raw(Activities.PersonalMessage(connector.ServiceUrl, "help"), mediaType));

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"text\":\"help\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":\"   \"}")]
    [InlineData("{\"type\":null}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"from\":5}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"localTimestamp\":12}")]
    [InlineData("{\"type\":\"message\",\"entities\":{}}")]
    [InlineData("{\"type\":\"message\",\"membersAdded\":\"all\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":[]}")]
    public async Task Post_UnreadableActivity_Is400(string body)
    {
        // Arrange
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Raw(body));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_LargerThanLimitWithContentLength_Is413()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(SmallLimit);
        using var client = bot.CreateClient();
        var body = Activities.PersonalMessage(connector.ServiceUrl, new string('x', 5000));

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Raw(body));

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_LargerThanLimitChunked_Is413()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(SmallLimit);
        using var client = bot.CreateClient();
        using var request = Chunked(Activities.PersonalMessage(connector.ServiceUrl, new string('x', 50_000)));

        // Act
        var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_UnderLimitChunked_IsAccepted()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(SmallLimit);
        using var client = bot.CreateClient();
        using var request = Chunked(Activities.PersonalMessage(connector.ServiceUrl, "help"));

        // Act
        var response = await client.SendAsync(request);
        var sent = await connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(sent.Activity?.Attachments);
    }

    [Fact]
    public async Task Post_BodyWithUtf8ByteOrderMark_IsAccepted()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        byte[] body = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "bom-1"))];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        // Act
        var response = await client.PostAsync(Endpoint, content);
        var sent = await connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("bom-1", sent.Activity?.ReplyToId);
    }

    [Fact]
    public async Task Get_Is405()
    {
        // Arrange
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.GetAsync(Endpoint);

        // Assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeWithoutHandler_Is501AndSendsNothing()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Invoke(connector.ServiceUrl, "composeExtension/query", "inv-1")));

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Post_UnknownActivityType_Is202AndIgnored()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var activity = TeamsPayloads.Personal(connector.ServiceUrl, "help", "odd-1");
        activity["type"] = "somethingFromTheFuture";

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(activity));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Post_SameActivityIdTwice_RepliesOnceAndAnswersTheRedelivery200()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var body = Activities.PersonalMessage(connector.ServiceUrl, "help", id: "dup-1");

        // Act
        var first = await client.PostAsync(Endpoint, Activities.Json(body));
        var reply = await connector.NextAsync();
        var second = await client.PostAsync(Endpoint, Activities.Json(body));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("dup-1", reply.Activity?.ReplyToId);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Post_SameActivityIdInAnotherConversation_IsNotADuplicate()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var first = await client.PostAsync(Endpoint, Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "same", conversationId: "a:one")));
        var second = await client.PostAsync(Endpoint, Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "same", conversationId: "a:two")));
        var replies = new[] { await connector.NextAsync(), await connector.NextAsync() };

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(["a:one", "a:two"], replies.Select(r => r.Activity?.Conversation?.Id).Order());
    }
}
