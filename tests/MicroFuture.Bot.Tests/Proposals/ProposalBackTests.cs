using MicroFuture.Bot.Tests.Support;
using static MicroFuture.Bot.Tests.Proposals.ProposalAnswers;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>"back" at every kind of question: within a section, across sections, and from the cost to the timeframe.</summary>
public sealed class ProposalBackTests
{
    [Fact]
    public async Task Back_AtFirstQuestionOfSectionAndAtCost_ReturnsToThePreviousQuestion()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var chat = new ProposalChat(client, connector);
        await chat.SayAsync("new proposal", "Which **partner**");
        await chat.SayAsync("back", "This is the first question");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync(Territory, "policy instrument");

        // Act + Assert: across sections, the previous section is asked again, then the flow goes on where it was
        await chat.SayAsync("back", "Back to **Partner and territory**");
        await chat.ExpectAsync("Which **partner**");
        await chat.SayAsync("Yunus Foundation Italy", "Which **territory**");
        await chat.SayAsync(Territory, "policy instrument");

        // within a section
        await chat.SayAsync(Instrument, "managing authority");
        await chat.SayAsync("back", "policy instrument");
        await chat.SayAsync(Instrument, "managing authority");
        await chat.SayAsync(Authority, "Which **kind**");
        await chat.SayAsync("1", "problem or gap");
        await chat.SayAsync(Problem, "lessons or good practices");
        await chat.SayAsync("1", "So far");
        await chat.SayAsync("done", "kind of improvement");
        await chat.SayAsync("1", "**Action 1**");
        await chat.SayAsync(Action1, "**players**");
        await chat.SayAsync(Players1, "**timeframe**");
        await chat.SayAsync("2026-01-01 to 2026-12-31", "**estimated cost**");

        // from the cost (a question of its own small dialog) back to the timeframe of the action
        await chat.SayAsync("back", "**timeframe**");
        await chat.SayAsync("2026-02-01 to 2026-12-31", "**estimated cost**");
        await chat.SayAsync("10k", "EUR 10,000 — right?");
        await chat.SayAsync("yes", "**funding sources**");
        var status = await chat.SayAsync("status", "sections answered");

        // every section answered before and after going back counts, none twice
        Assert.Contains("5 of 10 sections answered", status.Text, StringComparison.Ordinal);
        var list = await chat.SayAsync("my proposals", "Your proposals");
        Assert.Contains("5/10 sections", list.Text, StringComparison.Ordinal);
    }
}
