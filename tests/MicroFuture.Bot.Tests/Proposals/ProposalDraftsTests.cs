using MicroFuture.Bot.Tests.Support;
using static MicroFuture.Bot.Tests.Proposals.ProposalAnswers;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>Several drafts per author (my proposals, resume, rename, delete), cancel, and drafts kept from other users.</summary>
public sealed class ProposalDraftsTests
{
    [Fact]
    public async Task Cancel_Confirmed_StopsDialogAndKeepsAnswers()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var chat = new ProposalChat(client, connector);
        await chat.SayAsync("new proposal", "Which **partner**");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync(Territory, "policy instrument");

        // Act
        await chat.SayAsync("cancel", "Stop working on this proposal now?");
        await chat.SayAsync("no", "policy instrument");
        await chat.SayAsync("cancel", "Stop working on this proposal now?");
        await chat.SayAsync("yes", "Your answers are saved");
        var help = await chat.SayAsync("help", "new proposal");
        var list = await chat.SayAsync("my proposals", "Your proposals");

        // Assert: help is the global help card again; the draft kept partner and territory, and resumes after them
        Assert.NotNull(help.Attachments);
        Assert.Contains("1. **Proposal 1** — 1/10 sections", list.Text, StringComparison.Ordinal);
        await chat.SayAsync("resume proposal 1", "policy instrument");
    }

    [Fact]
    public async Task MyProposals_RenameResumeDelete_ManageOnlyTheChosenDraft()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var chat = new ProposalChat(client, connector);
        await chat.SayAsync("new proposal Guarantees", "Which **partner**");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync(Territory, "policy instrument");
        await chat.SayAsync("new proposal", "Which **partner**"); // a second draft, started while the first runs

        // Act
        var list = await chat.SayAsync("my proposals", "Your proposals");
        await chat.SayAsync("rename proposal 1 to Microcredit guarantees", "to **Microcredit guarantees**");
        await chat.SayAsync("", "to **Mentoring**", new { command = "rename proposal 2", name = "Mentoring" });
        var resumed = await chat.SayAsync("resume proposal Microcredit guarantees", "policy instrument");
        await chat.SayAsync("delete proposal 2", "Delete **Mentoring** for good?");
        await chat.SayAsync("", "Deleted.", new { choice = "yes" });
        var after = await chat.SayAsync("my proposals", "Your proposals");

        // Assert
        Assert.Contains("1. **Guarantees** — 1/10 sections", list.Text, StringComparison.Ordinal);
        Assert.Contains("2. **Proposal 2** — 0/10 sections", list.Text, StringComparison.Ordinal);
        Assert.Contains(chat.Seen, seen => seen.Contains("Resuming **Microcredit guarantees** (1 of 10", StringComparison.Ordinal));
        Assert.NotNull(resumed);
        Assert.Contains("Microcredit guarantees", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentoring", after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2.", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoUsers_DraftingAtOnce_NeverSeeEachOthersDrafts()
    {
        // Arrange
        await using var aliceConnector = await LoopbackConnector.StartAsync();
        await using var bobConnector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var alice = new ProposalChat(client, aliceConnector, userId: "29:alice", conversationId: "a:alice-chat");
        var bob = new ProposalChat(client, bobConnector, userId: "29:bob", conversationId: "a:bob-chat");
        await alice.SayAsync("new proposal Alice secret plan", "Which **partner**");
        await bob.SayAsync("new proposal Bob plan", "Which **partner**");
        await alice.SayAsync(Partner, "Which **territory**");
        await bob.SayAsync("Region Örebro County", "Which **territory**");

        // Act
        await alice.SayAsync("cancel", "Stop working");
        await alice.SayAsync("yes", "saved");
        await bob.SayAsync("cancel", "Stop working");
        await bob.SayAsync("yes", "saved");
        var bobsList = await bob.SayAsync("my proposals", "Your proposals");
        var bobResumesAlice = await bob.SayAsync("resume proposal Alice secret plan", "You have no proposal");
        var bobDeletes2 = await bob.SayAsync("delete proposal 2", "You have no proposal");
        var alicesList = await alice.SayAsync("my proposals", "Your proposals");

        // Assert
        Assert.Contains("Bob plan", bobsList.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice", bobsList.Text, StringComparison.Ordinal);
        Assert.NotNull(bobResumesAlice);
        Assert.NotNull(bobDeletes2);
        Assert.Contains("Alice secret plan", alicesList.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", alicesList.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewProposal_UserIsPartnerMember_OwnPartnerOfferedFirst()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication(new Dictionary<string, string?> { ["Partners:3:Members:0"] = "00000000-0000-0000-0000-000000000020" });
        using var client = bot.CreateClient();
        var chat = new ProposalChat(client, connector);

        // Act
        var question = await chat.SayAsync("new proposal", "Which **partner**");

        // Assert
        Assert.Contains("You are with **Region Örebro County**", question.Text, StringComparison.Ordinal);
        var buttons = question.Attachments!.Single().Content!.Value.GetProperty("actions");
        Assert.Equal("Region Örebro County", buttons[0].GetProperty("title").GetString());
        Assert.Equal(6, buttons.GetArrayLength());
    }

    [Fact]
    public async Task Inspirations_ClearTheList_StartsTheListAgain()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var chat = new ProposalChat(client, connector);
        await chat.SayAsync("new proposal", "Which **partner**");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync(Territory, "policy instrument");
        await chat.SayAsync(Instrument, "managing authority");
        await chat.SayAsync(Authority, "Which **kind**");
        await chat.SayAsync("2", "problem or gap");
        await chat.SayAsync(Problem, "lessons or good practices");
        await chat.SayAsync(GoodPractice, "So far");

        // Act
        var cleared = await chat.SayAsync("Clear the list", "lessons or good practices");
        await chat.SayAsync("Other (type your own)", "Describe the lesson");
        var after = await chat.SayAsync(OwnLesson, "So far");

        // Assert
        Assert.DoesNotContain("So far", cleared.Text, StringComparison.Ordinal);
        Assert.Contains(OwnLesson, after.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(GoodPractice, after.Text, StringComparison.Ordinal);
    }
}
