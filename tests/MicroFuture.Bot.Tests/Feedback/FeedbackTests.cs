using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Feedback;
using MicroFuture.Bot.Tests.Support;

namespace MicroFuture.Bot.Tests.Feedback;

public sealed class FeedbackTests
{
    private const string CoordinatorId = "29:coordinator";

    [Fact]
    public async Task FeedbackInvoke_ThumbsDownWithComment_Answers200EmptyAndTheCoordinatorSeesIt()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(new Dictionary<string, string?> { ["Coordinators:0"] = CoordinatorId });
        using var client = bot.CreateClient();

        // Act
        var like = await client.PostAsync("/api/messages", Activities.Json(FeedbackInvoke(connector.ServiceUrl, "like", """{"feedbackText":""}""")));
        var dislike = await client.PostAsync("/api/messages", Activities.Json(FeedbackInvoke(connector.ServiceUrl, "dislike", """{"feedbackText":"The ceiling is outdated"}""")));
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "feedback", userId: CoordinatorId)));
        var summary = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, like.StatusCode);
        Assert.Equal("{}", await like.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, dislike.StatusCode);
        Assert.Equal("{}", await dislike.Content.ReadAsStringAsync());
        Assert.Contains("1 👍, 1 👎", summary.Text);
        Assert.Contains("(dislike): The ceiling is outdated", summary.Text);
    }

    [Fact]
    public async Task FeedbackCommand_NotACoordinator_IsRefused()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(new Dictionary<string, string?> { ["Coordinators:0"] = CoordinatorId });
        using var client = bot.CreateClient();
        await client.PostAsync("/api/messages", Activities.Json(FeedbackInvoke(connector.ServiceUrl, "dislike", """{"feedbackText":"private remark"}""")));

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "feedback")));
        var reply = (await connector.NextAsync()).Activity!;

        // Assert
        Assert.Equal(FeedbackFeature.Refusal, reply.Text);
        Assert.DoesNotContain("private remark", reply.Text);
    }

    [Fact]
    public async Task SubmitActionInvoke_OtherThanFeedback_StaysUnhandled501()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var invoke = JsonNode.Parse(FeedbackInvoke(connector.ServiceUrl, "like", "{}"))!;
        invoke["value"]!["actionName"] = "somethingElse";

        // Act
        var response = await client.PostAsync("/api/messages", Activities.Json(invoke.ToJsonString()));

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    /// <summary>What Teams sends when a user presses thumbs up/down under an answer (and optionally writes a comment).</summary>
    private static string FeedbackInvoke(string serviceUrl, string reaction, string feedback)
    {
        var activity = JsonNode.Parse(Activities.PersonalMessage(serviceUrl, "unused"))!.AsObject();
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "message/submitAction";
        activity["replyToId"] = "answer-1";
        activity["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = reaction, ["feedback"] = feedback },
        };
        return activity.ToJsonString();
    }
}
