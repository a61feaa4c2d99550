using System.Net;
using MicroFuture.Bot.Schedule.Delivery;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

public sealed class ReminderDeliveryTests
{
    private static readonly TimeSpan Offset = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Deliver_TwoRunsOfOneReminderInParallel_SendsOnce()
    {
        var connector = new ScriptedConnector();
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var run = DueNow(harness);

        await Task.WhenAll(harness.Delivery.DeliverAsync(run), harness.Delivery.DeliverAsync(run));

        Assert.Single(connector.Sent);
        var row = await harness.RowAsync();
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal("activity-1", row.ActivityId);
    }

    [Fact]
    public async Task Deliver_SecondRunWhileFirstSendInFlight_DoesNotSendAgain()
    {
        var connector = new ScriptedConnector();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.Hold(gate.Task);
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var run = DueNow(harness);

        var first = harness.Delivery.DeliverAsync(run);
        await connector.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await harness.Delivery.DeliverAsync(run);
        gate.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, second.Sent);
        Assert.Single(connector.Sent);
    }

    [Fact]
    public async Task Deliver_RerunAfterCrashBetweenClaimAndSend_SendsOnceAfterStaleWindow()
    {
        var connector = new ScriptedConnector();
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var run = DueNow(harness);
        // A process claimed the row, then died before posting.
        var key = DeliveryLedger.KeyOf("m1", 1, run.ReminderKey, "msteams", "a:chat-29:anna");
        await harness.Ledger.RecordAsync(key, run.Meeting, run.ReminderKey, "msteams", "a:chat-29:anna", "29:anna", DeliveryStatus.Pending, null, harness.Time.GetUtcNow());
        Assert.True(await harness.Ledger.TryClaimAsync(key, harness.Time.GetUtcNow()));

        var tooEarly = await harness.Delivery.DeliverAsync(run);
        harness.FakeTime.Advance(tooEarly.RetryAfter!.Value); // the retry the early run planned
        var recovered = await harness.Delivery.DeliverAsync(run);
        var again = await harness.Delivery.DeliverAsync(run);

        Assert.Equal(0, tooEarly.Sent);
        Assert.True(tooEarly.RetryAfter > harness.ReminderOptions.Value.StaleClaimAfter);
        Assert.Equal(1, recovered.Sent);
        Assert.Equal(0, again.Sent);
        Assert.Single(connector.Sent);
        Assert.Equal(DeliveryStatus.Sent, (await harness.RowAsync()).Status);
    }

    [Fact]
    public async Task Deliver_ThrottledWithRetryAfter_RetriesAfterThatDelayAndSends()
    {
        var connector = new ScriptedConnector();
        connector.Fail(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(7), "Throttled");
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var run = DueNow(harness);

        var first = await harness.Delivery.DeliverAsync(run);
        var throttled = await harness.RowAsync();
        harness.FakeTime.Advance(first.RetryAfter!.Value);
        var retry = await harness.Delivery.DeliverAsync(run);

        Assert.Equal(TimeSpan.FromSeconds(7), first.RetryAfter);
        Assert.Equal(DeliveryStatus.Throttled, throttled.Status);
        Assert.Equal(1, retry.Sent);
        var row = await harness.RowAsync();
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Single(connector.Sent);
    }

    [Fact]
    public async Task Deliver_Forbidden_MarksBlockedAndNeverRetries()
    {
        var connector = new ScriptedConnector();
        connector.Fail(HttpStatusCode.Forbidden, code: "MessageWritesBlocked");
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var run = DueNow(harness);

        var first = await harness.Delivery.DeliverAsync(run);
        var second = await harness.Delivery.DeliverAsync(run);

        Assert.Null(first.RetryAfter);
        Assert.Equal(1, first.Undeliverable);
        Assert.Equal(0, second.Sent);
        Assert.Empty(connector.Sent);
        Assert.Equal(DeliveryStatus.Blocked, (await harness.RowAsync()).Status);
    }

    [Fact]
    public async Task Deliver_ConversationNotFound_MarksUnreachable()
    {
        var connector = new ScriptedConnector();
        connector.Fail(HttpStatusCode.NotFound, code: "ConversationNotFound");
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");

        var outcome = await harness.Delivery.DeliverAsync(DueNow(harness));

        Assert.Null(outcome.RetryAfter);
        Assert.Equal(DeliveryStatus.Unreachable, (await harness.RowAsync()).Status);
    }

    [Fact]
    public async Task Deliver_MutedUser_IsSkippedAndRecordedMuted()
    {
        var connector = new ScriptedConnector();
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        await harness.AddPersonalChatAsync("29:muted");
        await harness.Mutes.SetMutedAsync("29:muted", true, harness.Time.GetUtcNow());

        var outcome = await harness.Delivery.DeliverAsync(DueNow(harness));

        Assert.Equal(1, outcome.Sent);
        var sent = Assert.Single(connector.Sent);
        Assert.Equal("a:chat-29:anna", sent.Conversation?.Id);
        var rows = await harness.Ledger.ForMeetingAsync("m1");
        Assert.Equal(DeliveryStatus.Muted, Assert.Single(rows, r => r.Recipient == "29:muted").Status);
    }

    [Fact]
    public async Task Deliver_DueWhileBotWasDownButBeforeStart_SendsAndRecordsLateness()
    {
        var connector = new ScriptedConnector();
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var now = harness.Time.GetUtcNow();
        var meeting = DeliveryHarness.Meeting(now + TimeSpan.FromMinutes(5), offsets: Offset);

        var outcome = await harness.Delivery.DeliverAsync(new DeliveryRun(meeting, "before-15m", ReminderKind.Reminder, now - TimeSpan.FromMinutes(10)));

        Assert.Equal(1, outcome.Sent);
        Assert.Equal(TimeSpan.FromMinutes(10), (await harness.RowAsync()).LateBy);
    }

    [Fact]
    public async Task Deliver_DueWhileBotWasDownAndMeetingStarted_RecordsMissedAndSendsNothing()
    {
        var connector = new ScriptedConnector();
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");
        var now = harness.Time.GetUtcNow();
        var meeting = DeliveryHarness.Meeting(now - TimeSpan.FromMinutes(1), offsets: Offset);

        var outcome = await harness.Delivery.DeliverAsync(new DeliveryRun(meeting, "before-15m", ReminderKind.Reminder, now - TimeSpan.FromMinutes(16)));

        Assert.True(outcome.Missed);
        Assert.Empty(connector.Sent);
        Assert.Equal(DeliveryStatus.Missed, (await harness.RowAsync()).Status);
    }

    [Fact]
    public async Task Deliver_PartnerMember_SeesCardWithStartInPartnerZoneAndRsvpButtons()
    {
        var connector = new ScriptedConnector();
        await using var harness = new DeliveryHarness(connector);
        await harness.AddPersonalChatAsync("29:anna");

        await harness.Delivery.DeliverAsync(DueNow(harness)); // starts 09:15 UTC = 10:15 in Rome

        var card = Assert.Single(Assert.Single(connector.Sent).Attachments!).Content!.Value;
        var json = card.GetRawText();
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("10:15 (Europe/Rome", json, StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"attending\"", json, StringComparison.Ordinal);
        Assert.Contains(harness.Links.UrlFor("m1"), json, StringComparison.Ordinal);
    }

    [Fact]
    public void RateLimiter_EighthSendIntoOneConversationWithinASecond_Waits()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DeliveryHarness.Start);
        var limiter = new SendRateLimiter(Microsoft.Extensions.Options.Options.Create(new ReminderOptions { RateLimitMargin = 0 }), time);

        var waits = Enumerable.Range(0, 8).Select(_ => limiter.Reserve("tenant", "a:chat")).ToList();
        var otherConversation = limiter.Reserve("tenant", "a:other");
        time.Advance(TimeSpan.FromSeconds(1));
        var afterASecond = limiter.Reserve("tenant", "a:chat");
        time.Advance(TimeSpan.FromSeconds(2));
        var afterThreeSeconds = limiter.Reserve("tenant", "a:chat");

        // Seven a second, evenly spaced; the eighth waits for the first to leave its one-second window.
        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.All(waits.Zip(waits.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.True(waits[6] < TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[7]);
        // Another chat is not held by this chat's limit, only spaced within the tenant's 30 per second.
        Assert.True(otherConversation < waits[7]);
        // Teams also allows only 8 sends per 2 s into one conversation: the 9th waits for the first ones to age out.
        Assert.True(afterASecond > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, afterThreeSeconds);
    }

    [Fact]
    public void RateLimiter_ThousandSendsOfOneTenant_NoOneSecondWindowHoldsMoreThanThirty()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DeliveryHarness.Start);
        var limiter = new SendRateLimiter(Microsoft.Extensions.Options.Options.Create(new ReminderOptions { RateLimitMargin = 0 }), time);

        var at = Enumerable.Range(0, 1000).Select(i => DeliveryHarness.Start + limiter.Reserve("tenant", $"a:chat-{i % 100}")).Order().ToList();

        var busiest = at.Select((start, i) => at.Skip(i).TakeWhile(t => t < start + TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.Equal(30, busiest);
        Assert.True(at[^1] - at[0] < TimeSpan.FromSeconds(34), "1,000 sends at 30/s take about 33 s");
    }

    [Fact]
    public void RateLimiter_DefaultMargin_NoWindowOfASecondAndATenthHoldsMoreThanThirty()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DeliveryHarness.Start);
        var limiter = new SendRateLimiter(Microsoft.Extensions.Options.Options.Create(new ReminderOptions()), time);

        var at = Enumerable.Range(0, 1000).Select(i => DeliveryHarness.Start + limiter.Reserve("tenant", $"a:chat-{i % 100}")).Order().ToList();

        // Sends may arrive up to 100 ms closer together than they left and still make at most 30 in any second.
        var busiest = at.Select((start, i) => at.Skip(i).TakeWhile(t => t < start + TimeSpan.FromSeconds(1.1)).Count()).Max();
        Assert.Equal(30, busiest);
    }

    [Fact]
    public void RateLimiter_ThirtyFirstSendOfATenantWithinASecond_Waits()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DeliveryHarness.Start);
        var limiter = new SendRateLimiter(Microsoft.Extensions.Options.Options.Create(new ReminderOptions { RateLimitMargin = 0 }), time);

        var waits = Enumerable.Range(0, 31).Select(i => limiter.Reserve("tenant", $"a:chat-{i}")).ToList();
        var otherTenant = limiter.Reserve("other-tenant", "a:chat-x");

        Assert.Equal(TimeSpan.Zero, waits[0]);
        Assert.True(waits[29] < TimeSpan.FromSeconds(1));
        Assert.True(waits[30] >= TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, otherTenant);
    }

    // A reminder 15 minutes before a meeting, due exactly now.
    private static DeliveryRun DueNow(DeliveryHarness harness)
    {
        var now = harness.Time.GetUtcNow();
        return new DeliveryRun(DeliveryHarness.Meeting(now + Offset, offsets: Offset), "before-15m", ReminderKind.Reminder, now);
    }
}
