using System.Net;
using System.Text.Json;
using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests
{
    private const string ChannelConversation = "19:abc@thread.tacv2;messageid=123";
    private const string EscapedChannelConversation = "19%3Aabc%40thread.tacv2%3Bmessageid%3D123";

    private static Activity Outgoing(string serviceUrl, string? replyToId = null, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = "hello",
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        ReplyToId = replyToId,
        From = new ChannelAccount { Id = "28:bot-1" },
        Recipient = new ChannelAccount { Id = "29:user-1" },
        Conversation = new ConversationAccount { Id = ChannelConversation, TenantId = "t-1" },
    };

    [Fact]
    public async Task SendToConversation_PostsActivityToEscapedConversationPath()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act
        var result = await host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl));
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal("1", result?.Id);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelConversation}/activities", request.RawPath);
        Assert.Equal("hello", request.Activity?.Text);
        Assert.Equal(ChannelConversation, request.Activity?.Conversation?.Id);
        Assert.Null(request.Authorization); // local mode: no token
    }

    [Fact]
    public async Task ReplyToActivity_PostsToTheRepliedActivityPath()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act
        await host.Client.ReplyToActivityAsync(Outgoing(host.Connector.ServiceUrl, replyToId: "1:abc/def"));
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelConversation}/activities/1%3Aabc%2Fdef", request.RawPath);
        Assert.Equal("1:abc/def", request.Activity?.ReplyToId);
    }

    [Fact]
    public async Task ReplyToActivity_WithoutReplyToId_SendsToConversation()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act
        await host.Client.ReplyToActivityAsync(Outgoing(host.Connector.ServiceUrl));
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal($"/v3/conversations/{EscapedChannelConversation}/activities", request.RawPath);
    }

    [Fact]
    public async Task UpdateActivity_PutsToTheActivityPath()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act
        await host.Client.UpdateActivityAsync(Outgoing(host.Connector.ServiceUrl, id: "1700000000999"));
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelConversation}/activities/1700000000999", request.RawPath);
        Assert.Equal("1700000000999", request.Activity?.Id);
        Assert.Equal("hello", request.Activity?.Text);
    }

    [Fact]
    public async Task UpdateActivity_WithoutId_Throws()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act / Assert
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.UpdateActivityAsync(Outgoing(host.Connector.ServiceUrl)));
        Assert.Empty(host.Connector.All);
    }

    [Fact]
    public async Task DeleteActivity_DeletesTheActivityPath()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act
        await host.Client.DeleteActivityAsync(host.Connector.ServiceUrl, ChannelConversation, "1700000000999");
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelConversation}/activities/1700000000999", request.RawPath);
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task CreateConversation_PostsParametersAndReadsTheNewId()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        host.Connector.Enqueue(201, """{"id":"a:new-chat","activityId":"1:1","serviceUrl":"https://smba.trafficmanager.net/emea/"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot-1" },
            Members = [new ChannelAccount { Id = "29:user-1" }],
            TenantId = "t-1",
            ChannelData = JsonDocument.Parse("""{"tenant":{"id":"t-1"}}""").RootElement,
        };

        // Act
        var created = await host.Client.CreateConversationAsync(host.Connector.ServiceUrl, parameters);
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal("a:new-chat", created?.Id);
        Assert.Equal("1:1", created?.ActivityId);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawPath);
        using var body = JsonDocument.Parse(request.Body);
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:bot-1", body.RootElement.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-1", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("t-1", body.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("t-1", body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.RootElement.TryGetProperty("activity", out _)); // nulls omitted
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/_connector")]
    [InlineData("/_connector/")]
    public async Task Send_ServiceUrlWithOrWithoutTrailingSlash_JoinsPathOnce(string suffix)
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        var serviceUrl = host.Connector.ServiceUrl.TrimEnd('/') + suffix;

        // Act
        await host.Client.SendToConversationAsync(Outgoing(serviceUrl));
        var request = await host.Connector.NextAsync();

        // Assert
        Assert.Equal($"{suffix.TrimEnd('/')}/v3/conversations/{EscapedChannelConversation}/activities", request.RawPath);
    }

    [Fact]
    public async Task Send_EmptySuccessBody_ReturnsNull()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        host.Connector.Enqueue(200);

        // Act
        var result = await host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl));

        // Assert
        Assert.Null(result);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThenSucceeds()
    {
        // Arrange: the base delay is 10 ms, so a wait of about 1 s can only come from Retry-After.
        await using var host = await ConnectorHost.StartAsync(retryBaseDelay: "00:00:00.010");
        host.Connector.Enqueue(429, """{"error":{"code":"TooManyRequests","message":"slow down"}}""", new Dictionary<string, string> { ["Retry-After"] = "1" });

        // Act
        var result = await host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl));
        var first = await host.Connector.NextAsync();
        var second = await host.Connector.NextAsync();

        // Assert
        Assert.Equal("1", result?.Id);
        Assert.True(second.ReceivedAt - first.ReceivedAt >= TimeSpan.FromMilliseconds(900), $"retried after {(second.ReceivedAt - first.ReceivedAt).TotalMilliseconds} ms");
        Assert.Equal(first.Body, second.Body);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_TransientStatus_IsRetriedAndSucceeds(int status)
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        host.Connector.Enqueue(status);

        // Act
        var result = await host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl));

        // Assert
        Assert.Equal("1", result?.Id);
        Assert.Equal(2, host.Connector.All.Count);
        Assert.All(host.Connector.All, r => Assert.Contains("\"hello\"", r.Body));
    }

    [Fact]
    public async Task Send_TransientStatusEveryTime_GivesUpAfterThreeRetries()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            host.Connector.Enqueue(503);
        }

        // Act
        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl)));

        // Assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(4, host.Connector.All.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Send_PermanentStatus_IsNotRetriedAndSurfacesCode(int status)
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        host.Connector.Enqueue(status, """{"error":{"code":"MessageWritesBlocked","message":"Thread is blocked"}}""");

        // Act
        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl)));

        // Assert
        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal("MessageWritesBlocked", error.Code);
        Assert.Contains("Thread is blocked", error.Message);
        Assert.Single(host.Connector.All);
    }

    [Fact]
    public async Task Send_NonJsonErrorBody_SurfacesStatusWithoutCode()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        host.Connector.Enqueue(404, "<html>not found</html>");

        // Act
        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.SendToConversationAsync(Outgoing(host.Connector.ServiceUrl)));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Null(error.Code);
    }

    [Fact]
    public async Task Delete_PermanentStatus_SurfacesConnectorException()
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();
        host.Connector.Enqueue(403, """{"error":{"code":"BotNotInConversationRoster","message":"gone"}}""");

        // Act
        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.DeleteActivityAsync(host.Connector.ServiceUrl, "a:c", "1"));

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("BotNotInConversationRoster", error.Code);
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public async Task Send_UntrustedServiceUrl_ThrowsWithoutAnyRequest(string serviceUrl)
    {
        // Arrange
        await using var host = await ConnectorHost.StartAsync();

        // Act
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => host.Client.SendToConversationAsync(Outgoing(serviceUrl)));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => host.Client.DeleteActivityAsync(serviceUrl, "a:c", "1"));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => host.Client.CreateConversationAsync(serviceUrl, new ConversationParameters()));

        // Assert
        Assert.Empty(host.Connector.All);
    }
}
