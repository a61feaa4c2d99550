using MicroFuture.Bot.Schedule.Delivery;
using MicroFuture.Bot.Storage;
using MicroFuture.Bot.Tests.Storage;
using static MicroFuture.Bot.Tests.Schedule.Delivery.QuartzReminderSchedulerTests;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>Two bot instances' Quartz schedulers (clustered) and delivery ledgers on one PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusteredReminderTests(PostgresServer server)
{
    private const int Meetings = 6;

    [Fact]
    public async Task Schedule_TwoClusteredInstancesOnOneDatabase_EachReminderIsSentExactlyOnce()
    {
        // Arrange: both instances running, one partner's chat known to the shared database
        await using var connector = await LoopbackConnector.StartAsync();
        var database = new BotDatabase(DatabaseKind.Postgres, await server.CreateDatabaseAsync());
        await using var firstHarness = LoopbackHarness(connector, database: database);
        await using var secondHarness = LoopbackHarness(connector, database: database);
        await firstHarness.AddPersonalChatAsync("29:anna", connector.ServiceUrl);
        await using var first = Scheduler(firstHarness);
        await using var second = Scheduler(secondHarness);
        await first.StartAsync(CancellationToken.None);
        await second.StartAsync(CancellationToken.None);

        // Act: reminders of several meetings planned through either instance, all due within seconds
        var start = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3) + TimeSpan.FromMinutes(1);
        for (var i = 0; i < Meetings; i++)
        {
            await (i % 2 == 0 ? first : second).ScheduleAsync(DeliveryHarness.Meeting(start, id: $"m{i}", offsets: TimeSpan.FromMinutes(1)));
        }

        // Assert: one post per meeting, nothing more once they are all in, one sent row each
        for (var i = 0; i < Meetings; i++)
        {
            Assert.Equal("a:chat-29:anna", (await connector.NextAsync(TimeSpan.FromSeconds(60))).Activity?.Conversation?.Id);
        }
        Assert.True(await connector.StaysSilentAsync(TimeSpan.FromSeconds(5)), "a reminder was sent twice");
        for (var i = 0; i < Meetings; i++)
        {
            var row = await firstHarness.RowAsync($"m{i}");
            Assert.Equal((DeliveryStatus.Sent, 1), (row.Status, row.Attempts));
        }
    }
}
