using System.Net;
using System.Text.Json.Nodes;
using Ical.Net;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Delivery;
using MicroFuture.Bot.Tests.Hosting;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Schedule.Delivery;

/// <summary>The partners' and coordinators' side of reminders, through <c>/api/messages</c> and the loopback Connector.</summary>
public sealed class ReminderCommandsTests
{
    private const string Endpoint = "/api/messages";
    private const string Coordinator = "29:coordinator";
    private static readonly Meeting Meeting = DeliveryHarness.Meeting(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), offsets: TimeSpan.FromHours(1));

    [Fact]
    public async Task Rsvp_AttendingButton_IsRecordedAndAttendanceShowsItToACoordinator()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = MeetingBot();
        using var client = bot.CreateClient();
        var submit = TeamsPayloads.Personal(connector.ServiceUrl, text: null, id: "s-1");
        submit["value"] = new JsonObject { ["command"] = "rsvp", ["meetingId"] = "m1", ["answer"] = "attending" };

        await client.PostAsync(Endpoint, TeamsPayloads.Json(submit));
        var thanks = (await connector.NextAsync()).Activity!;
        await client.PostAsync(Endpoint, TeamsPayloads.Json(FromCoordinator(connector, "attendance m1")));
        var attendance = (await connector.NextAsync()).Activity!;

        Assert.Contains("Attending", thanks.Text, StringComparison.Ordinal);
        Assert.Contains("1 attending, 0 not attending, 0 maybe", attendance.Text, StringComparison.Ordinal);
        Assert.Contains("Attending: Alex Wilber", attendance.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_FromNonCoordinator_IsRefused()
    {
        var reply = await AskAsNonCoordinatorAsync("attendance m1");

        Assert.Contains("only project coordinators", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_FromNonCoordinator_IsRefused()
    {
        var reply = await AskAsNonCoordinatorAsync("deliveries m1");

        Assert.Contains("only project coordinators", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_AfterRemindNow_ShowsTheRowToACoordinator()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = MeetingBot();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Personal(connector.ServiceUrl, "hello", "h-1")));
        await connector.NextAsync();

        await bot.Services.GetRequiredService<IReminderScheduler>().TriggerNowAsync(Meeting);
        var reminder = (await connector.NextAsync(TimeSpan.FromSeconds(30))).Activity!;
        await client.PostAsync(Endpoint, TeamsPayloads.Json(FromCoordinator(connector, "deliveries m1")));
        var deliveries = (await connector.NextAsync()).Activity!;

        Assert.Equal("a:personal-chat-1", reminder.Conversation?.Id);
        // The row may still be marked "sending" for a moment after the Connector answered; its key and recipient are there.
        Assert.Contains("now-1 (v1) to 29:user-1", deliveries.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MuteReminders_ThenUnmute_TogglesTheUsersReminders()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = MeetingBot();
        using var client = bot.CreateClient();
        var mutes = bot.Services.GetRequiredService<ReminderMuteStore>();

        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Personal(connector.ServiceUrl, "mute reminders", "u-1")));
        var muted = (await connector.NextAsync()).Activity!;
        var mutedStored = await mutes.IsMutedAsync("29:user-1");
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Personal(connector.ServiceUrl, "unmute reminders", "u-2")));
        await connector.NextAsync();

        Assert.StartsWith("Reminders muted", muted.Text, StringComparison.Ordinal);
        Assert.True(mutedStored);
        Assert.False(await mutes.IsMutedAsync("29:user-1"));
    }

    [Fact]
    public async Task IcsLink_OfAMeeting_DownloadsAnEventThatParsesBack()
    {
        await using var bot = MeetingBot();
        using var client = bot.CreateClient();
        var url = new Uri(bot.Services.GetRequiredService<MeetingCalendarLinks>().UrlFor("m1"));

        var response = await client.GetAsync(url.PathAndQuery);
        var wrongToken = await client.GetAsync("/meetings/m1/0123456789abcdef0123456789abcdef.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, wrongToken.StatusCode);
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal("Steering group call", vevent.Summary);
        Assert.Equal(Meeting.StartUtc.UtcDateTime, vevent.Start!.AsUtc);
        Assert.Equal(Meeting.StartUtc.UtcDateTime.AddHours(1), vevent.End!.AsUtc);
        Assert.Equal("https://example.org/call", vevent.Location);
    }

    private static async Task<string?> AskAsNonCoordinatorAsync(string text)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = MeetingBot();
        using var client = bot.CreateClient();
        await client.PostAsync(Endpoint, TeamsPayloads.Json(TeamsPayloads.Personal(connector.ServiceUrl, text, "n-1")));
        return (await connector.NextAsync()).Activity?.Text;
    }

    private static JsonObject FromCoordinator(LoopbackConnector connector, string text)
    {
        var activity = TeamsPayloads.Personal(connector.ServiceUrl, text, conversationId: "a:coordinator-chat");
        activity["from"] = new JsonObject { ["id"] = Coordinator, ["name"] = "Cora Ordinator" };
        return activity;
    }

    /// <summary>The bot with one coordinator and meeting m1 in its meeting store; disposing it removes its data directory too.</summary>
    private static BotApplication MeetingBot() =>
        new(new Dictionary<string, string?> { ["Coordinators:0"] = Coordinator }, services => services.AddSingleton<IMeetingStore>(new InMemoryMeetingStore(Meeting)));
}
