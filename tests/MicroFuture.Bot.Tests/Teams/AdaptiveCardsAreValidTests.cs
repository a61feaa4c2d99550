using MicroFuture.Bot.Help;
using MicroFuture.Bot.Proposals;
using MicroFuture.Bot.Proposals.Dialog;
using MicroFuture.Bot.Proposals.Store;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Commands;
using MicroFuture.Bot.Schedule.Delivery;
using MicroFuture.Bot.Tests.Proposals;
using MicroFuture.Bot.Tests.Schedule.Commands;
using MicroFuture.Bot.Tests.Schedule.Delivery;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Teams;

/// <summary>
/// Every Adaptive Card the bot can send, built by its real builder (and where the host sends it, taken from what the
/// host really sent), validates as Adaptive Cards 1.5 — the version Teams renders. The bot's cards: help, the dialog
/// prompts' buttons (choice, confirm), the schedule form, the reminder (and its moved / cancelled forms), the proposal
/// review and the proposals list. Knowledge answers carry no card (citations are an entity, see CitationEntity).
/// </summary>
public sealed class AdaptiveCardsAreValidTests
{
    private static void AssertValid(Attachment attachment)
    {
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        var errors = AdaptiveCardValidator.Default.Validate(attachment.Content!.Value);
        Assert.True(errors.Count == 0, "not a valid Adaptive Card 1.5:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task HelpCard_SentByTheHostForHelp_IsValid()
    {
        // Arrange
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();

        // Act
        await client.PostAsync("/api/messages", Activities.Json(Activities.PersonalMessage(connector.ServiceUrl, "help", id: "msg-1")));
        await connector.NextAsync();

        // Assert
        Assert.Equal(1, connector.AssertAllCardsValid());
    }

    [Fact]
    public async Task HelpCard_FromTheHostsFullCatalog_IsValid()
    {
        // Arrange: the catalog with every command the registered features contribute
        await using var bot = new BotApplication();
        var catalog = bot.Services.GetRequiredService<HelpCatalog>();

        // Act
        var card = HelpCard.Create(catalog);

        // Assert
        Assert.NotEmpty(catalog.Entries);
        AssertValid(card);
    }

    [Fact]
    public void ChoiceCard_ChoicesWithAwkwardText_IsValid()
    {
        // Arrange
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Which partner?" };

        // Act
        ChoiceCard.AttachTo(activity, [("Città di Bologna \"Metro\"", "bologna"), ("Ústí nad Labem 🌍", "usti"), ("", "empty-title")]);

        // Assert
        AssertValid(Assert.Single(activity.Attachments!));
    }

    [Fact]
    public void ConfirmCard_YesNoButtons_IsValid()
    {
        // Arrange
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Cancel the meeting?" };

        // Act
        ConfirmPrompt.AttachButtons(activity, "Yes, cancel it", "No, keep it");

        // Assert
        AssertValid(Assert.Single(activity.Attachments!));
    }

    [Fact]
    public async Task ScheduleForm_SentByTheHostToACoordinator_IsValid()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        await host.SayAsync("schedule", MeetingHost.Coordinator);

        // Assert
        Assert.Equal(1, host.Connector.AssertAllCardsValid());
    }

    [Fact]
    public void ScheduleForm_PartnersWithLongAndUnusualNames_IsValid()
    {
        // Arrange
        PartnerOrganisation[] partners =
        [
            new() { Name = "Regionalentwicklungsgesellschaft Südösterreich & Partner – \"Energie\"", TimeZone = "Europe/Vienna" },
            new() { Name = "Município de Évora", TimeZone = "Europe/Lisbon" },
        ];

        // Act
        var card = ScheduleFormCard.Create(partners, "Europe/Rome");

        // Assert
        AssertValid(card);
    }
    [Fact]
    public async Task ReminderCard_EveryKindDeliveredThroughTheConnector_IsValid()
    {
        // Arrange: a partner member's personal chat, and a meeting with an awkward title
        await using var connector = await LoopbackConnector.StartAsync();
        await using var harness = QuartzReminderSchedulerTests.LoopbackHarness(connector);
        await harness.AddPersonalChatAsync("29:anna", connector.ServiceUrl);
        var now = DateTimeOffset.UtcNow;
        var meeting = DeliveryHarness.Meeting(now + TimeSpan.FromHours(1), offsets: TimeSpan.FromHours(1)) with { Title = AwkwardText };
        var moved = meeting with { StartUtc = meeting.StartUtc + TimeSpan.FromDays(1), Version = 2 };

        // Act
        await harness.Delivery.DeliverAsync(new DeliveryRun(meeting, "before-1h", ReminderKind.Reminder, now));
        await harness.Delivery.DeliverAsync(new DeliveryRun(moved, "moved-v2", ReminderKind.Moved, null));
        await harness.Delivery.DeliverAsync(new DeliveryRun(moved with { Cancelled = true }, "cancelled", ReminderKind.Cancelled, null));

        // Assert
        Assert.Equal(3, connector.AssertAllCardsValid());
    }

    [Theory]
    [InlineData(ReminderKind.Reminder)]
    [InlineData(ReminderKind.Moved)]
    [InlineData(ReminderKind.Cancelled)]
    public void ReminderCard_NoDurationNoPlaceUnknownZone_IsValid(ReminderKind kind)
    {
        // Arrange: the least a meeting can have, in a zone the machine does not know (shown in UTC)
        var meeting = DeliveryHarness.Meeting(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero)) with { Duration = null, Location = null };

        // Act
        var message = ReminderCard.Create(meeting, kind, "Mars/Olympus_Mons", "https://bot.example.org/meetings/m1.ics", "Reminder: {0}");

        // Assert
        AssertValid(Assert.Single(message.Attachments!));
    }

    [Fact]
    public void ReviewCard_NewDraftWithNothingAnswered_IsValid()
    {
        // Arrange
        var draft = new ProposalDraft { Name = "", OwnerId = "29:user-1" };

        // Act
        var card = ReviewCard.Create(draft);

        // Assert
        AssertValid(card);
    }

    [Fact]
    public void ReviewCard_CompleteDraftWithLongAwkwardAnswers_IsValid()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        draft.Name = AwkwardText;
        draft.Problem = string.Concat(Enumerable.Repeat(AwkwardText + "\n", 60));

        // Act
        var card = ReviewCard.Create(draft);

        // Assert
        AssertValid(card);
    }

    [Fact]
    public void ProposalListCard_SeveralDraftsWithAwkwardNames_IsValid()
    {
        // Arrange
        var complete = ProposalSamples.Complete();
        var awkward = new ProposalDraft { Name = AwkwardText, OwnerId = complete.OwnerId, UpdatedUtc = complete.UpdatedUtc };

        // Act
        var card = ProposalListCard.Create([complete, awkward, new ProposalDraft { Name = "Proposal 3", OwnerId = complete.OwnerId }]);

        // Assert
        AssertValid(card);
    }

    [Fact]
    public async Task ProposalCards_SentByTheHost_AreValid()
    {
        // Arrange: the user already has a complete draft
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var owner = new ChannelAccount { Id = "29:user-1" };
        var store = bot.Services.GetRequiredService<ProposalStore>();
        var draft = await store.CreateAsync(owner, "Microcredit for social enterprises");
        await store.UpdateAsync(owner, draft.Id, d => CopyAnswers(ProposalSamples.Complete(), d));
        var chat = new ProposalChat(client, connector);

        // Act: the list, the review of the complete draft, the delete confirmation, the first question of a new one
        var list = await chat.SayAsync("my proposals", "My proposals");
        var review = await chat.SayAsync("resume proposal 1", "Here is your proposal");
        var confirm = await chat.SayAsync("delete proposal 1", "for good?");
        await chat.SayAsync("no", "Nothing was deleted");
        var choice = await chat.SayAsync("new proposal", "Which **partner**");

        // Assert
        Assert.All([list, review, confirm, choice], reply => Assert.NotEmpty(reply.Attachments ?? []));
        Assert.True(connector.AssertAllCardsValid() >= 4);
    }

    // Quotes, accents, an emoji, markdown and an ampersand: what partners' names and answers really hold.
    private const string AwkwardText = "Città di Bologna & \"Ústí\" 🌍 — **microcredit** <b>not html</b>";

    private static void CopyAnswers(ProposalDraft from, ProposalDraft to)
    {
        to.PartnerName = from.PartnerName;
        to.Territory = from.Territory;
        to.PolicyInstrument = from.PolicyInstrument;
        to.Problem = from.Problem;
        to.Inspirations = from.Inspirations;
        to.ImprovementKind = from.ImprovementKind;
        to.Actions = from.Actions;
        to.ExpectedResults = from.ExpectedResults;
        to.Monitoring = from.Monitoring;
        to.ApprovalPath = from.ApprovalPath;
        to.Risks = from.Risks;
    }
}
