using System.Globalization;
using MicroFuture.Bot.Schedule.Commands;

namespace MicroFuture.Bot.Tests.Schedule.EndToEnd;

/// <summary>
/// Both scenario runs (plain and with a SIGKILL restart) start together, each with its own bot process and data
/// directory, when the class starts: they wait for real minutes, and in parallel the class takes about three.
/// </summary>
public sealed class ReminderRunsFixture : IAsyncLifetime
{
    internal Task<ReminderRun> Plain { get; private set; } = null!;
    internal Task<ReminderRun> Restarted { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Plain = ReminderScenario.RunAsync(restart: false);
        Restarted = ReminderScenario.RunAsync(restart: true);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // Let both finish (and clean up) whatever a test made of them.
        await Task.WhenAll(Plain, Restarted).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}

/// <summary>The end-to-end "Done when": scheduled reminders through a real bot process and <c>/api/messages</c>.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ReminderEndToEndTests(ReminderRunsFixture runs) : IClassFixture<ReminderRunsFixture>
{
    [Fact]
    public async Task Schedule_CoordinatorMeetingThreeMinutesAheadRemind2m_PartnerGetsExactlyOneReminderCard()
    {
        // Arrange, Act: hello from partner A, the schedule line, then the wait (see ReminderScenario)
        var run = await runs.Plain;

        // Assert
        Assert.Contains(run.Confirmation, reply => reply.Text?.StartsWith("Scheduled **Steering group call**", StringComparison.Ordinal) == true);
        AssertExactlyOneReminderCard(run);
    }

    [Fact]
    public async Task Schedule_NonCoordinator_IsRefused()
    {
        // Arrange, Act
        var run = await runs.Plain;

        // Assert
        Assert.Equal(CoordinatorGuard.Refusal, Assert.Single(run.Refusal).Text);
    }

    [Fact]
    public async Task Reminder_BotKilledAndRestartedBeforeTheDueTime_DeliveredExactlyOnce()
    {
        // Arrange, Act: scheduled, SIGKILL before the due time, restarted on the same data directory
        var run = await runs.Restarted;

        // Assert
        Assert.True(run.KilledBeforeDue, "the bot was killed only after the reminder was due: the run proves nothing about restarts");
        Assert.Equal(0, run.RemindersBeforeKill);
        AssertExactlyOneReminderCard(run);
    }

    private static void AssertExactlyOneReminderCard(ReminderRun run)
    {
        var reminder = run.RemindersToPartner.Count switch
        {
            1 => run.RemindersToPartner[0],
            0 => throw new Xunit.Sdk.XunitException($"No reminder reached partner A within the timeout.\n{run.Output}"),
            var n => throw new Xunit.Sdk.XunitException($"{n} reminders reached partner A within {ReminderScenario.QuietWindow.TotalSeconds:0} s of the first.\n{run.Output}"),
        };
        var activity = reminder.Activity!;
        var card = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        // Shown in A's partner zone, at the minute the coordinator wrote (in Rome).
        var local = TimeZoneInfo.ConvertTime(run.StartUtc, TimeZoneInfo.FindSystemTimeZoneById(ReminderScenario.PartnerAZone));
        Assert.Contains(local.ToString("HH:mm", CultureInfo.InvariantCulture), card.Content?.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("https://example.org/call", card.Content?.GetRawText(), StringComparison.Ordinal);
        // Sent about two minutes before the start, not at it (a minute's slack for Quartz and the restart).
        Assert.InRange(reminder.ReceivedAt, run.StartUtc - TimeSpan.FromMinutes(2), run.StartUtc - TimeSpan.FromMinutes(1));
    }
}
