using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Delivery;
using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>The real Quartz scheduler on a temp SQLite file, sending through the real Connector client to a loopback Connector.</summary>
public sealed class QuartzReminderSchedulerTests
{
    private static readonly TimeSpan Offset = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Schedule_ReminderTwoSecondsAhead_FiresOnceIntoTheConversation()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var harness = await HarnessAsync(connector);
        await using var scheduler = Scheduler(harness);
        await scheduler.StartAsync(CancellationToken.None);

        await scheduler.ScheduleAsync(MeetingDueIn(TimeSpan.FromSeconds(2)));

        var request = await connector.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("a:chat-29:anna", request.Activity?.Conversation?.Id);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(3)));
        Assert.Equal(DeliveryStatus.Sent, (await harness.RowAsync()).Status);
    }

    [Fact]
    public async Task Schedule_SchedulerReplacedBeforeTheDueTime_StillFiresExactlyOnce()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var harness = await HarnessAsync(connector);
        var first = Scheduler(harness);
        await first.StartAsync(CancellationToken.None);
        await first.ScheduleAsync(MeetingDueIn(TimeSpan.FromSeconds(3)));

        await first.DisposeAsync(); // the bot stops before the reminder is due
        await using var second = Scheduler(harness);
        await second.StartAsync(CancellationToken.None);

        var request = await connector.NextAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("a:chat-29:anna", request.Activity?.Conversation?.Id);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(3)));
        Assert.Single(connector.All);
    }

    [Fact]
    public async Task Schedule_ConnectorAnswers429WithRetryAfter_RetryJobSendsOnceAfterThatDelay()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Enqueue(429, """{"error":{"code":"Throttled","message":"slow down"}}""", new Dictionary<string, string> { ["Retry-After"] = "1" });
        await using var harness = await HarnessAsync(connector);
        await using var scheduler = Scheduler(harness);
        await scheduler.StartAsync(CancellationToken.None);

        await scheduler.ScheduleAsync(MeetingDueIn(TimeSpan.FromSeconds(1)));

        var throttled = await connector.NextAsync(TimeSpan.FromSeconds(30));
        var retried = await connector.NextAsync(TimeSpan.FromSeconds(30));
        Assert.True(retried.ReceivedAt - throttled.ReceivedAt >= TimeSpan.FromSeconds(0.9), "the retry did not wait for Retry-After");
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(3)));
        var row = await harness.RowAsync();
        Assert.Equal(2, row.Attempts);
        Assert.Equal(DeliveryStatus.Sent, row.Status);
    }

    [Fact]
    public async Task Cancel_BeforeTheDueTime_AnnouncesTheCancellationAndWithdrawsTheReminder()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var harness = await HarnessAsync(connector);
        await using var scheduler = Scheduler(harness);
        await scheduler.StartAsync(CancellationToken.None);
        var meeting = MeetingDueIn(TimeSpan.FromSeconds(5));
        await scheduler.ScheduleAsync(meeting);

        await scheduler.CancelAsync(meeting with { Cancelled = true });

        var request = await connector.NextAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("Cancelled: Steering group call", request.Activity?.Text, StringComparison.Ordinal);
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(7))); // past the withdrawn reminder's time
    }

    [Fact]
    public async Task Reschedule_MovedMeeting_AnnouncesTheNewTimeAndRemindsOnce()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var harness = await HarnessAsync(connector);
        await using var scheduler = Scheduler(harness);
        await scheduler.StartAsync(CancellationToken.None);
        var meeting = MeetingDueIn(TimeSpan.FromHours(1));
        await scheduler.ScheduleAsync(meeting);

        await scheduler.RescheduleAsync(meeting with { StartUtc = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2) + Offset, Version = 2 });

        var texts = new[] { (await connector.NextAsync(TimeSpan.FromSeconds(30))).Activity?.Text, (await connector.NextAsync(TimeSpan.FromSeconds(30))).Activity?.Text };
        Assert.Single(texts, t => t!.StartsWith("Moved: Steering group call", StringComparison.Ordinal));
        Assert.Single(texts, t => t!.StartsWith("Reminder: Steering group call", StringComparison.Ordinal));
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public async Task TriggerNow_Twice_SendsTwoRemindersWithTheirOwnKeys()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var harness = await HarnessAsync(connector);
        await using var scheduler = Scheduler(harness);
        await scheduler.StartAsync(CancellationToken.None);
        var meeting = MeetingDueIn(TimeSpan.FromHours(1));

        await scheduler.TriggerNowAsync(meeting);
        await connector.NextAsync(TimeSpan.FromSeconds(30));
        await scheduler.TriggerNowAsync(meeting);
        await connector.NextAsync(TimeSpan.FromSeconds(30));

        var keys = (await harness.Ledger.ForMeetingAsync("m1")).Select(r => r.ReminderKey).Order().ToList();
        Assert.Equal(["now-1", "now-2"], keys);
    }

    private static async Task<DeliveryHarness> HarnessAsync(LoopbackConnector connector)
    {
        var harness = LoopbackHarness(connector);
        await harness.AddPersonalChatAsync("29:anna", connector.ServiceUrl);
        return harness;
    }

    /// <summary>Delivery through the real Connector client to the loopback Connector, on the system clock (and a given database, default SQLite).</summary>
    internal static DeliveryHarness LoopbackHarness(LoopbackConnector connector, ReminderOptions? options = null, BotDatabase? database = null)
    {
        // Local mode (no app id): the loopback service URL is trusted and no token is fetched.
        var trust = new ServiceUrlTrust(Options.Create(new BotFrameworkOptions()), Options.Create(new BotAuthOptions()));
        return new DeliveryHarness(new ConnectorClient(new HttpClient(), trust), TimeProvider.System, database: database, options: options);
    }

    internal static QuartzReminderScheduler Scheduler(DeliveryHarness harness) =>
        new(harness.Database, harness.Delivery, harness.Ledger, TimeProvider.System, NullLogger<QuartzReminderScheduler>.Instance);

    private static Meeting MeetingDueIn(TimeSpan due) => DeliveryHarness.Meeting(DateTimeOffset.UtcNow + due + Offset, offsets: Offset);
}
