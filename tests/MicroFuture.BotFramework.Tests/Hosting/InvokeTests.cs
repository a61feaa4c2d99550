using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Hosting;

/// <summary>Invokes are answered inline: the handler's status and JSON body are the HTTP response.</summary>
public sealed class InvokeTests
{
    private static ActivityRouter Router() => new ActivityRouter()
        .OnInvoke("adaptiveCard/action", (turn, _) =>
        {
            var verb = turn.Activity.Value?.GetProperty("action").GetProperty("verb").GetString();
            turn.InvokeResponse = new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = $"Done: {verb}" });
            return Task.CompletedTask;
        })
        .OnInvoke("message/submitAction", (turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(200, JsonDocument.Parse("{}").RootElement);
            return Task.CompletedTask;
        })
        .OnInvoke("task/fetch", (turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(400, new { error = new { code = "BadArgument", message = "no task" } });
            return Task.CompletedTask;
        })
        .OnInvoke("signin/verifyState", (turn, _) =>
        {
            turn.InvokeResponse = new InvokeResponse(200);
            return Task.CompletedTask;
        })
        .OnInvoke("composeExtension/submitAction", async (turn, ct) =>
        {
            await turn.SendTextAsync("posted", ct);
            turn.InvokeResponse = new InvokeResponse(200, new { });
        })
        .OnInvoke("fails", (_, _) => throw new InvalidOperationException("handler failed"));

    [Fact]
    public async Task Invoke_Handled_ReturnsItsStatusAndJsonBody()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());
        const string value = """{"action":{"type":"Action.Execute","verb":"showPartners","data":{}},"trigger":"manual"}""";

        // Act
        var response = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "adaptiveCard/action", "inv-1", value));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done: showPartners"}"""), body), body?.ToJsonString());
        Assert.True(await host.Connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Invoke_FeedbackAnsweredWithEmptyObject_Returns200AndEmptyObject()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());

        // Act
        var response = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "message/submitAction", "inv-2"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_HandlerAnswersAnError_ReturnsThatStatusAndBody()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());

        // Act
        var response = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "task/fetch", "inv-3"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)body?["error"]?["code"]);
    }

    [Fact]
    public async Task Invoke_HandlerAnswersNoBody_ReturnsStatusWithEmptyBody()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());

        // Act
        var response = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "signin/verifyState", "inv-4"));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_HandlerAlsoSendsAMessage_MessageReachesTheConnector()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());

        // Act
        var response = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "composeExtension/submitAction", "inv-5"));
        var sent = await host.Connector.NextAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("posted", sent.Activity?.Text);
        Assert.Equal("/v3/conversations/a%3Ac1/activities/inv-5", sent.RawPath);
    }

    [Fact]
    public async Task Invoke_Unhandled_Is501()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());

        // Act
        var response = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "composeExtension/query", "inv-6"));

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_HandlerThrows_Is500AndNoApologyIsPosted()
    {
        // Arrange
        await using var host = await EngineHost.StartAsync(Router());

        // Act
        var failed = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "fails", "inv-7"));
        var next = await host.PostAsync(InboundActivity.Invoke(host.Connector.ServiceUrl, "message/submitAction", "inv-8"));

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.True(await host.Connector.StaysSilentAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Invoke_Redelivered_IsAnswered200WithoutRunningAgain()
    {
        // Arrange
        var runs = 0;
        var router = new ActivityRouter().OnInvoke("adaptiveCard/action", (turn, _) =>
        {
            Interlocked.Increment(ref runs);
            turn.InvokeResponse = new InvokeResponse(200, new { });
            return Task.CompletedTask;
        });
        await using var host = await EngineHost.StartAsync(router);
        var invoke = InboundActivity.Invoke(host.Connector.ServiceUrl, "adaptiveCard/action", "inv-9");

        // Act
        var first = await host.PostAsync(invoke);
        var second = await host.PostAsync(invoke);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, runs);
    }
}
