using System.Text.Json;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Turns;

public sealed class ActivityRouterTests
{
    private readonly List<string> _handled = [];

    private TurnHandler Record(string name) => (_, _) =>
    {
        _handled.Add(name);
        return Task.CompletedTask;
    };

    private ActivityRouter CreateRouter() => new ActivityRouter()
        .OnInvoke("adaptiveCard/action", (turn, _) =>
        {
            _handled.Add("card");
            turn.InvokeResponse = new InvokeResponse(200, new { statusCode = 200 });
            return Task.CompletedTask;
        })
        .OnInvoke("message/submitAction", Record("feedback"))
        .OnMessage("help|\\?", Record("help"))
        .OnActivity(ActivityTypes.ConversationUpdate, Record("update"))
        .OnUnmatchedMessage(Record("fallback"));

    [Theory]
    [InlineData("adaptiveCard/action", "card")]
    [InlineData("message/submitAction", "feedback")]
    public async Task Invoke_ByName_RunsThatHandlerOnly(string name, string expected)
    {
        // Arrange
        var activity = Turn.Message(null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = name;
        var turn = await Turn.CreateAsync(activity);

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Equal([expected], _handled);
    }

    [Fact]
    public async Task Invoke_Handled_SetsInvokeResponse()
    {
        // Arrange
        var activity = Turn.Message(null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "adaptiveCard/action";
        var turn = await Turn.CreateAsync(activity);

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Equal(200, turn.InvokeResponse?.Status);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("  Help  ")]
    [InlineData("?")]
    public async Task Message_MatchingPatternAnyCase_RunsItsHandler(string text)
    {
        // Arrange
        var turn = await Turn.CreateAsync(Turn.Message(text));

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Equal(["help"], _handled);
    }

    [Theory]
    [InlineData("help me")]
    [InlineData("please help")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Message_NotMatchingWholeText_GoesToFallback(string? text)
    {
        // Arrange
        var turn = await Turn.CreateAsync(Turn.Message(text));

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Equal(["fallback"], _handled);
    }

    [Fact]
    public async Task UnknownType_IsIgnored()
    {
        // Arrange
        var activity = Turn.Message("help");
        activity.Type = "somethingNew";
        var turn = await Turn.CreateAsync(activity);

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Empty(_handled);
        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task UnknownInvoke_LeavesNoInvokeResponse()
    {
        // Arrange
        var activity = Turn.Message(null);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "composeExtension/query";
        activity.Value = JsonDocument.Parse("{}").RootElement;
        var turn = await Turn.CreateAsync(activity);

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Empty(_handled);
        Assert.Null(turn.InvokeResponse);
    }

    [Fact]
    public async Task ActivityRoute_ByType_Runs()
    {
        // Arrange
        var activity = Turn.Message(null);
        activity.Type = ActivityTypes.ConversationUpdate;
        var turn = await Turn.CreateAsync(activity);

        // Act
        await CreateRouter().OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Equal(["update"], _handled);
    }

    [Fact]
    public async Task Routes_FirstMatchWins()
    {
        // Arrange
        var router = new ActivityRouter().OnMessage("help", Record("first")).OnMessage("h.*", Record("second"));
        var turn = await Turn.CreateAsync(Turn.Message("help"));

        // Act
        await router.OnTurnAsync(turn, CancellationToken.None);

        // Assert
        Assert.Equal(["first"], _handled);
    }
}
