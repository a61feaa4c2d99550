using System.Text.RegularExpressions;
using MicroFuture.Bot.Tests.Support;
using static MicroFuture.Bot.Tests.Proposals.ProposalAnswers;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>The policy change clinic through the real host: every step, bad input, interruptions, review and export.</summary>
public sealed partial class ProposalFlowTests
{
    [Fact]
    public async Task NewProposal_EveryStepThenExport_DocxOpensValidAndHoldsEveryAnswer()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var chat = new ProposalChat(client, connector);

        // Act: partner and territory, with help, back and a refused skip on the way
        await chat.SayAsync("new proposal", "Which **partner**");
        await chat.SayAsync("help", "Pick the partner organisation");
        await chat.SayAsync("skip", "cannot be skipped");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync("back", "Which **partner**");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync("   ", "cannot be empty");
        await chat.SayAsync(Territory, "policy instrument");

        // instrument, with help and examples from the knowledge
        await chat.SayAsync("help", "programme, strategy or law");
        var examples = await chat.SayAsync("show examples", "Examples from the project's knowledge");
        await chat.ExpectAsync("Give its name");
        await chat.SayAsync(Instrument, "managing authority");
        await chat.SayAsync(Authority, "Which **kind**");
        await chat.SayAsync("Investment for Jobs and Growth programme", "problem or gap");

        // problem: a 10,000-character answer is refused, then a mixed-language one with emoji is kept
        await chat.SayAsync(new string('x', 10_000), "the limit is 4,000");
        await chat.SayAsync("status", "2 of 10 sections answered");
        await chat.SayAsync(Problem, "lessons or good practices");

        // lessons: a good practice from the knowledge, an own lesson, done
        await chat.SayAsync(GoodPractice, "So far");
        await chat.SayAsync("Other (type your own)", "Describe the lesson");
        await chat.SayAsync(OwnLesson, "So far");
        await chat.SayAsync("done", "kind of improvement");
        await chat.SayAsync("Change in the management of the instrument", "**Action 1**");

        // action 1: dates in the wrong order, before the project, absurd and negative costs, a corrected cost
        await chat.SayAsync(Action1, "**players**");
        await chat.SayAsync(Players1, "**timeframe**");
        await chat.SayAsync("2027-12-31 to 2026-03-01", "is before the start");
        await chat.SayAsync("2020-01-01 to 2021-06-30", "before MICROFUTURE started");
        await chat.SayAsync("2026-01-01 to 2040-12-31", "after 2035");
        await chat.SayAsync("March 2026 to December 2027", "**estimated cost**");
        await chat.SayAsync("-5000", "at least 0");
        await chat.SayAsync("999999999999", "at most 100,000,000");
        await chat.SayAsync("EUR 150,000", "EUR 150,000 — right?");
        await chat.SayAsync("no", "**estimated cost**");
        await chat.SayAsync("120k", "EUR 120,000 — right?");
        await chat.SayAsync("yes", "**funding sources**");
        await chat.SayAsync(Funding1, "Add another action?");
        await chat.SayAsync("yes", "**Action 2**");

        // action 2
        await chat.SayAsync(Action2, "**players**");
        await chat.SayAsync(Players2, "**timeframe**");
        await chat.SayAsync("Q2 2026 to Q4 2026", "**estimated cost**");
        await chat.SayAsync("35.000", "EUR 35,000 — right?");
        await chat.SayAsync("yes", "**funding sources**");
        await chat.SayAsync(Funding2, "Add another action?");
        await chat.SayAsync("no", "What **results**");

        // results, monitoring, approval, risks
        await chat.SayAsync(Results, "**monitor**");
        await chat.SayAsync(Monitoring, "**approval path**");
        await chat.SayAsync(Approval, "**risks**");
        await chat.SayAsync("status", "9 of 10 sections answered");
        await chat.SayAsync("Will it work?", "Here is your proposal");

        // review: edit the risks from the card, then export from the card
        await chat.SayAsync("", "**risks**", new { command = "edit-proposal-section", section = "risks" });
        var review = await chat.SayAsync(Risks, "Here is your proposal");
        var exported = await chat.SayAsync("", "is ready", new { command = "export-proposal" });
        await chat.SayAsync("new proposal", "Which **partner**");
        await chat.SayAsync(Partner, "Which **territory**");
        await chat.SayAsync("", "belongs to an earlier review", new { command = "edit-proposal-section", section = "risks" }); // an old card's button
        await chat.ExpectAsync("Which **territory**");

        // Assert: the review card shows every section with an edit action
        var card = ProposalChat.Shown(review);
        Assert.Contains("10 of 10 sections answered", card, StringComparison.Ordinal);
        Assert.Equal(10, Regex.Count(card, "edit-proposal-section"));
        Assert.Contains("Source:", examples.Text, StringComparison.Ordinal);

        // the .docx link is served by the host, opens, validates and holds every answer verbatim
        var docxUrl = new Uri(Link().Matches(exported.Text!).Select(m => m.Groups["url"].Value).Single(u => u.EndsWith(".docx", StringComparison.Ordinal)));
        var markdownUrl = Link().Matches(exported.Text!).Select(m => m.Groups["url"].Value).Single(u => u.EndsWith(".md", StringComparison.Ordinal));
        Assert.NotNull(markdownUrl);
        using var download = await client.GetAsync(docxUrl.PathAndQuery);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        using var document = new WordDocument(await download.Content.ReadAsByteArrayAsync());
        Assert.Empty(document.ValidationErrors());
        var text = document.AllText();
        foreach (var answer in new[] { Partner, Territory, Instrument, Authority, Problem, GoodPractice, OwnLesson, Action1, Players1, Funding1, Action2, Players2, Funding2, Results, Monitoring, Approval, Risks, "120,000", "35,000", "March 2026 – December 2027", "Q2 2026 – Q4 2026", "Investment for Jobs and Growth programme", "Change in the management of the instrument" })
        {
            Assert.Contains(answer, text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Will it work?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("150,000", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\((?<url>https?://[^)\s]+)\)")]
    private static partial Regex Link();
}
