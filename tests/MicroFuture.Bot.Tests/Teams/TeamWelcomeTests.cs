using System.Net;
using MicroFuture.Bot.Tests.Hosting;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Tests.Teams;

/// <summary>Welcome when the bot is added to a team: once in the channel, not again each time a person joins the team.</summary>
public sealed class TeamWelcomeTests
{
    private const string Endpoint = "/api/messages";
    private const string TeamId = "19:team-general@thread.tacv2";

    private static bool IsWelcome(Activity? activity) => activity?.Text?.StartsWith("Welcome to MicroFuture!", StringComparison.Ordinal) == true;

    [Fact]
    public async Task BotAddedToTeam_WelcomesTheGeneralChannelOnceWithAValidHelpCard()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        var response = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-team-1", TeamsPayloads.BotId, TeamId)));
        var welcome = await connector.NextAsync();

        // Assert: a new post in the channel (not a reply to the event), with the help card
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(IsWelcome(welcome.Activity));
        Assert.Equal("/v3/conversations/19%3Ateam-general%40thread.tacv2/activities", welcome.RawPath);
        Assert.Equal(TeamId, welcome.Activity?.Conversation?.Id);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, connector.AssertAllCardsValid());
    }

    [Fact]
    public async Task UserAddedToTeamLater_NoNewWelcomeInTheChannel()
    {
        // Arrange: the bot was added to the team and welcomed the channel
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-team-1", TeamsPayloads.BotId, TeamId)));
        var welcome = await connector.NextAsync();

        // Act: later, two people join the team
        var first = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-team-2", "29:new-partner-1", TeamId)));
        var second = await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-team-3", "29:new-partner-2", TeamId)));

        // Assert
        Assert.True(IsWelcome(welcome.Activity));
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task BotAddedToTwoTeams_EachTeamIsWelcomed()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-a", TeamsPayloads.BotId, "19:team-a@thread.tacv2")));
        var firstWelcome = await connector.NextAsync();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-b", TeamsPayloads.BotId, "19:team-b@thread.tacv2")));
        var secondWelcome = await connector.NextAsync();

        // Assert
        Assert.Equal(["19:team-a@thread.tacv2", "19:team-b@thread.tacv2"], new[] { firstWelcome, secondWelcome }.Select(w => w.Activity?.Conversation?.Id));
        Assert.True(IsWelcome(firstWelcome.Activity) && IsWelcome(secondWelcome.Activity));
    }

    [Fact]
    public async Task TeamInstallThenBotAdded_WelcomesTheChannelOnce()
    {
        // Arrange: Teams sends installationUpdate (add) for the team, then the conversationUpdate adding the bot
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var install = TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "iu-team-1", TeamsPayloads.BotId, TeamId);
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("membersAdded");

        // Act
        await client.PostAsync(Endpoint, TeamsPayloads.Json(install));
        var welcome = await connector.NextAsync();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.TeamMemberAdded(connector.ServiceUrl, "cu-team-1", TeamsPayloads.BotId, TeamId)));

        // Assert
        Assert.True(IsWelcome(welcome.Activity));
        Assert.Equal(TeamId, welcome.Activity?.Conversation?.Id);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(1)));
    }
}
