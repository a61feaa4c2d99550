using MicroFuture.Bot.Schedule.Delivery;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>A reminder to many conversations, through the real Connector client to the loopback Connector.</summary>
public sealed class FanOutTests
{
    [Fact]
    public async Task Deliver_ToHundredConversations_ReachesEachOnceWithinTheTenantRate()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        // 50 per second per tenant (burst 50): 100 sends need at least one second.
        await using var harness = QuartzReminderSchedulerTests.LoopbackHarness(connector, new ReminderOptions { GlobalPerSecond = 50 });
        var users = Enumerable.Range(0, 100).Select(i => $"29:user-{i}").ToList();
        harness.Bologna.Members.AddRange(users);
        foreach (var user in users)
        {
            await harness.AddPersonalChatAsync(user, connector.ServiceUrl);
        }
        var now = DateTimeOffset.UtcNow;
        var meeting = DeliveryHarness.Meeting(now + TimeSpan.FromMinutes(15), offsets: TimeSpan.FromMinutes(15));

        var started = DateTimeOffset.UtcNow;
        var outcome = await harness.Delivery.DeliverAsync(new DeliveryRun(meeting, "before-15m", ReminderKind.Reminder, now));

        var requests = connector.All.OrderBy(r => r.ReceivedAt).ToList();
        Assert.Equal(100, outcome.Sent);
        Assert.Equal(100, requests.Select(r => r.Activity?.Conversation?.Id).Distinct().Count());
        Assert.Equal(100, requests.Count);
        // The 100th send waits for 50 tokens at 50/s: one second after the start at the earliest.
        Assert.True(requests[^1].ReceivedAt - started >= TimeSpan.FromSeconds(0.95), "the tenant rate limit was not applied");
        Assert.All(await harness.Ledger.ForMeetingAsync("m1"), row => Assert.Equal(DeliveryStatus.Sent, row.Status));
    }
}
