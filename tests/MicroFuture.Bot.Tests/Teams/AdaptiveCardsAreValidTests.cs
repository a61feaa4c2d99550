using MicroFuture.Bot.Help;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Commands;
using MicroFuture.Bot.Tests.Schedule.Commands;
using MicroFuture.Bot.Tests.Support;
using MicroFuture.BotFramework.Dialogs.Prompts;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Teams;

/// <summary>
/// Every Adaptive Card the bot can send, built by its real builder (and where the host sends it, taken from what the
/// host really sent), validates as Adaptive Cards 1.5 — the version Teams renders.
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
}
