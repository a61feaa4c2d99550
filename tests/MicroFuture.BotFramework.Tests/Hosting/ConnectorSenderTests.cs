using System.Net;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Hosting;

/// <summary>A handler's send, update and delete reach the Connector as POST, PUT and DELETE on the right paths.</summary>
public sealed class ConnectorSenderTests
{
    [Fact]
    public async Task Turn_SendUpdateDelete_ReachTheConnector()
    {
        // Arrange
        var router = new ActivityRouter().OnMessage("progress", async (turn, ct) =>
        {
            var sent = await turn.SendActivityAsync(new Activity { Text = "working..." }, ct);
            await turn.UpdateActivityAsync(new Activity { Id = sent!.Id, Text = "done" }, ct);
            await turn.DeleteActivityAsync(sent.Id!, ct);
        });
        await using var host = await EngineHost.StartAsync(router);

        // Act
        var response = await host.PostAsync(InboundActivity.Message(host.Connector.ServiceUrl, "progress", "m-1", conversationId: "19:abc@thread.tacv2;messageid=9"));
        var send = await host.Connector.NextAsync();
        var update = await host.Connector.NextAsync();
        var delete = await host.Connector.NextAsync();

        // Assert
        const string conversation = "/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D9/activities";
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(("POST", conversation), (send.Method, send.RawPath));
        Assert.Equal("working...", send.Activity?.Text);
        Assert.Equal(("PUT", $"{conversation}/1"), (update.Method, update.RawPath));
        Assert.Equal("done", update.Activity?.Text);
        Assert.Equal("28:bot-1", update.Activity?.From?.Id);
        Assert.Equal(("DELETE", $"{conversation}/1"), (delete.Method, delete.RawPath));
    }
}
