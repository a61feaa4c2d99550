using System.Text.Json.Nodes;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Commands;

namespace MicroFuture.Bot.Tests.Schedule.Commands;

public sealed class MeetingCommandsHostTests
{
    private const string ExampleLine = "schedule \"Steering group call\" 2026-12-03 10:00 Europe/Rome for 1h at https://example.org/call remind 1d 1h 15m to everyone";

    private static async Task<Meeting> ScheduleExampleAsync(MeetingHost host)
    {
        await host.SayAsync(ExampleLine, MeetingHost.Coordinator);
        return Assert.Single(await host.Store.UpcomingAsync(MeetingHost.Now));
    }

    [Fact]
    public async Task Schedule_CoordinatorExampleLine_StoresConfirmsWithLocalTimeAndIdAndPlansReminders()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var reply = await host.SayAsync(ExampleLine, MeetingHost.Coordinator);

        // Assert
        var meeting = Assert.Single(await host.Store.UpcomingAsync(MeetingHost.Now));
        Assert.Equal("Steering group call", meeting.Title);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), meeting.StartUtc);
        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromHours(1), TimeSpan.FromMinutes(15)], meeting.ReminderOffsets);
        Assert.Equal(MeetingHost.Coordinator, meeting.CreatedBy);
        Assert.StartsWith($"Scheduled **Steering group call** (id `{meeting.Id}`): Thu 3 Dec 2026, 10:00 (UTC+01:00, Europe/Rome)", reply.Text);
        Assert.Contains("Reminders 1d, 1h, 15m before the start, to everyone.", reply.Text);
        var call = Assert.Single(host.Scheduler!.Calls);
        Assert.Equal(("schedule", meeting.Id), (call.Call, call.Meeting.Id));
    }

    [Fact]
    public async Task Schedule_NonCoordinator_IsRefusedAndNothingIsStored()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var reply = await host.SayAsync(ExampleLine, MeetingHost.Partner);

        // Assert
        Assert.Equal(CoordinatorGuard.Refusal, reply.Text);
        Assert.Empty(await host.Store.UpcomingAsync(DateTimeOffset.UnixEpoch));
        Assert.Empty(host.Scheduler!.Calls);
    }

    [Fact]
    public async Task Schedule_CoordinatorBadInput_ExplainsAndStoresNothing()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var reply = await host.SayAsync("schedule \"Steering group call\" 2027-02-31 10:00 Europe/Rome", MeetingHost.Coordinator);

        // Assert
        Assert.Contains("2027-02-31 is not a date in the calendar", reply.Text);
        Assert.Contains(ScheduleSyntax.Line, reply.Text);
        Assert.Empty(await host.Store.UpcomingAsync(DateTimeOffset.UnixEpoch));
        Assert.Empty(host.Scheduler!.Calls);
    }

    [Fact]
    public async Task Schedule_NoArguments_CoordinatorGetsTheFormCard()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var reply = await host.SayAsync("schedule", MeetingHost.Coordinator);

        // Assert
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = JsonNode.Parse(card.Content!.Value.GetRawText())!;
        Assert.Equal("1.5", content["version"]!.GetValue<string>());
        var ids = content["body"]!.AsArray().Select(e => e?["id"]?.GetValue<string>()).Where(id => id is not null);
        Assert.Equal(["title", "date", "time", "zone", "duration", "place", "reminders", "audience"], ids);
        Assert.Equal("schedule-form", content["actions"]![0]!["data"]!["command"]!.GetValue<string>());
        host.Connector.AssertAllCardsValid();
    }

    [Fact]
    public async Task Schedule_NoArgumentsNonCoordinator_IsRefusedWithoutForm()
    {
        await using var host = await MeetingHost.StartAsync();
        var reply = await host.SayAsync("schedule", MeetingHost.Partner);
        Assert.Equal(CoordinatorGuard.Refusal, reply.Text);
        Assert.Null(reply.Attachments);
    }

    private static JsonObject FormValue() => new()
    {
        ["command"] = "schedule-form",
        ["title"] = "Study visit briefing",
        ["date"] = "2026-12-10",
        ["time"] = "14:30",
        ["zone"] = "Europe/Bucharest",
        ["duration"] = "90m",
        ["place"] = "Online",
        ["reminders"] = "1d 30m",
        ["audience"] = "Metropolitan City of Bologna",
    };

    [Fact]
    public async Task FormSubmission_Coordinator_StoresTheMeeting()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var reply = await host.SubmitAsync(FormValue(), MeetingHost.Coordinator);

        // Assert
        var meeting = Assert.Single(await host.Store.UpcomingAsync(MeetingHost.Now));
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 12, 30, 0, TimeSpan.Zero), meeting.StartUtc);
        Assert.Equal(TimeSpan.FromMinutes(90), meeting.Duration);
        Assert.Equal(new Audience(AudienceKind.Partner, "Metropolitan City of Bologna"), meeting.Audience);
        Assert.Contains($"(id `{meeting.Id}`)", reply.Text);
        Assert.Equal("schedule", Assert.Single(host.Scheduler!.Calls).Call);
    }

    [Fact]
    public async Task FormSubmission_NonCoordinator_IsRefusedAndNothingIsStored()
    {
        await using var host = await MeetingHost.StartAsync();
        var reply = await host.SubmitAsync(FormValue(), MeetingHost.Partner);
        Assert.Equal(CoordinatorGuard.Refusal, reply.Text);
        Assert.Empty(await host.Store.UpcomingAsync(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task FormSubmission_InvalidFields_SameValidationAsTheCommand()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();
        var value = FormValue();
        value["reminders"] = "0m";

        // Act
        var reply = await host.SubmitAsync(value, MeetingHost.Coordinator);

        // Assert
        Assert.Contains("\"0m\" must be at least 1m", reply.Text);
        Assert.Empty(await host.Store.UpcomingAsync(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task Meetings_AfterScheduling_ListsItWithIdOnlyForCoordinators()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);

        // Act
        var forCoordinator = await host.SayAsync("meetings", MeetingHost.Coordinator);
        var forPartner = await host.SayAsync("meetings", MeetingHost.Partner);

        // Assert
        Assert.Contains($"**Steering group call**: Thu 3 Dec 2026, 10:00 (UTC+01:00, Europe/Rome) — https://example.org/call — id `{meeting.Id}`", forCoordinator.Text);
        Assert.Contains("**Steering group call**: Thu 3 Dec 2026, 10:00 (UTC+01:00, Europe/Rome) — https://example.org/call", forPartner.Text);
        Assert.DoesNotContain(meeting.Id, forPartner.Text);
    }

    [Fact]
    public async Task MoveMeeting_Coordinator_ReTimesAndReschedules()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);

        // Act
        var reply = await host.SayAsync($"move meeting {meeting.Id.ToUpperInvariant()} to 2026-12-04 11:30", MeetingHost.Coordinator);

        // Assert
        var moved = (await host.Store.GetAsync(meeting.Id))!;
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero), moved.StartUtc); // zone kept: Europe/Rome
        Assert.Equal(2, moved.Version);
        Assert.StartsWith($"Moved **Steering group call** (id `{meeting.Id}`): Fri 4 Dec 2026, 11:30 (UTC+01:00, Europe/Rome)", reply.Text);
        Assert.Equal(["schedule", "reschedule"], host.Scheduler!.Calls.Select(c => c.Call));
        Assert.Equal(2, host.Scheduler.Calls.Last().Meeting.Version);
    }

    [Fact]
    public async Task MoveMeeting_IntoThePast_IsRefusedAndUnchanged()
    {
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);
        var reply = await host.SayAsync($"move meeting {meeting.Id} to 2026-11-01 10:00 UTC", MeetingHost.Coordinator);
        Assert.Contains("is in the past", reply.Text);
        Assert.Equal(meeting.StartUtc, (await host.Store.GetAsync(meeting.Id))!.StartUtc);
    }

    [Fact]
    public async Task MoveMeeting_NonCoordinator_IsRefused()
    {
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);
        var reply = await host.SayAsync($"move meeting {meeting.Id} to 2026-12-04 11:30", MeetingHost.Partner);
        Assert.Equal(CoordinatorGuard.Refusal, reply.Text);
        Assert.Equal(1, (await host.Store.GetAsync(meeting.Id))!.Version);
    }

    [Fact]
    public async Task CancelMeeting_Coordinator_CancelsWithoutAskingAndWithdrawsReminders()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);

        // Act
        var reply = await host.SayAsync($"cancel meeting {meeting.Id}", MeetingHost.Coordinator);
        var list = await host.SayAsync("meetings", MeetingHost.Coordinator);

        // Assert
        Assert.Equal($"Cancelled **Steering group call** (id `{meeting.Id}`). Its reminders are withdrawn and everyone is told.", reply.Text);
        Assert.True((await host.Store.GetAsync(meeting.Id))!.Cancelled);
        Assert.Equal("cancel", host.Scheduler!.Calls.Last().Call);
        Assert.DoesNotContain(meeting.Id, list.Text);
    }

    [Fact]
    public async Task CancelMeeting_NonCoordinator_IsRefused()
    {
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);
        var reply = await host.SayAsync($"cancel meeting {meeting.Id}", MeetingHost.Partner);
        Assert.Equal(CoordinatorGuard.Refusal, reply.Text);
        Assert.False((await host.Store.GetAsync(meeting.Id))!.Cancelled);
    }

    [Fact]
    public async Task CancelMeeting_UnknownId_PointsToMeetings()
    {
        await using var host = await MeetingHost.StartAsync();
        var reply = await host.SayAsync("cancel meeting zzzzzz", MeetingHost.Coordinator);
        Assert.Equal("No meeting has the id `zzzzzz`. Type **meetings** to see the ids.", reply.Text);
    }

    [Fact]
    public async Task RemindNow_Coordinator_TriggersTheScheduler()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);

        // Act
        var reply = await host.SayAsync($"remind now {meeting.Id}", MeetingHost.Coordinator);

        // Assert
        Assert.Equal($"Sending the reminder for **Steering group call** (id `{meeting.Id}`) to everyone now.", reply.Text);
        Assert.Equal(("trigger", meeting.Id), (host.Scheduler!.Calls.Last().Call, host.Scheduler.Calls.Last().Meeting.Id));
    }

    [Fact]
    public async Task RemindNow_NonCoordinator_IsRefusedAndNothingSent()
    {
        await using var host = await MeetingHost.StartAsync();
        var meeting = await ScheduleExampleAsync(host);
        var reply = await host.SayAsync($"remind now {meeting.Id}", MeetingHost.Partner);
        Assert.Equal(CoordinatorGuard.Refusal, reply.Text);
        Assert.DoesNotContain(host.Scheduler!.Calls, c => c.Call == "trigger");
    }

    [Fact]
    public async Task Schedule_NoZone_UsesThePartnerZoneElseBrussels()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act: one coordinator is with the Bologna partner, the other with none
        await host.SayAsync("schedule \"Rome call\" 2026-12-03 10:00", MeetingHost.RomeCoordinator);
        await host.SayAsync("schedule \"Brussels call\" 2026-12-04 10:00", MeetingHost.Coordinator);

        // Assert
        var meetings = await host.Store.UpcomingAsync(MeetingHost.Now);
        Assert.Equal([("Rome call", "Europe/Rome"), ("Brussels call", "Europe/Brussels")], meetings.Select(m => (m.Title, m.TimeZone)));
    }

    [Fact]
    public async Task FormInvoke_NonCoordinator_IsRefusedInlineAndNothingIsStored()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var body = await host.InvokeAsync(FormValue(), MeetingHost.Partner);

        // Assert
        Assert.Equal(CoordinatorGuard.Refusal, body);
        Assert.Empty(await host.Store.UpcomingAsync(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task FormInvoke_Coordinator_StoresAndAnswersInline()
    {
        // Arrange
        await using var host = await MeetingHost.StartAsync();

        // Act
        var body = await host.InvokeAsync(FormValue(), MeetingHost.Coordinator);

        // Assert
        var meeting = Assert.Single(await host.Store.UpcomingAsync(MeetingHost.Now));
        Assert.StartsWith($"Scheduled **Study visit briefing** (id `{meeting.Id}`): Thu 10 Dec 2026, 14:30 (UTC+02:00, Europe/Bucharest)", body);
    }

    [Fact]
    public async Task Help_AnyUser_ShowsTheExactScheduleSyntax()
    {
        await using var host = await MeetingHost.StartAsync();
        var reply = await host.SayAsync("help", MeetingHost.Partner);
        Assert.Contains(ScheduleSyntax.Line, reply.Summary);
        Assert.Contains(ScheduleSyntax.Example, reply.Summary);
    }

    [Fact]
    public async Task CalendarQuestion_Kamnik_AnsweredFromTheCalendarFile()
    {
        await using var host = await MeetingHost.StartAsync();
        var reply = await host.SayAsync("When was the Kamnik meeting?", MeetingHost.Partner);
        Assert.Contains("**MICROFUTURE 5th interregional meeting, Kamnik**: Wed 21 May 2025 – Thu 22 May 2025", reply.Text);
    }

    [Fact]
    public async Task CalendarQuestion_May2027_ListsTheProjectsLastMonth()
    {
        await using var host = await MeetingHost.StartAsync();
        var reply = await host.SayAsync("What happens in May 2027?", MeetingHost.Partner);
        Assert.StartsWith("In May 2027:\n- **MICROFUTURE project duration (March 2023 - May 2027)**", reply.Text);
    }

    [Fact]
    public async Task CalendarQuestion_NextMeeting_ShownInThePartnersZone()
    {
        // Arrange: a meeting given in Bucharest time
        await using var host = await MeetingHost.StartAsync();
        await host.SayAsync("schedule \"Bucharest call\" 2026-12-03 10:00 Europe/Bucharest", MeetingHost.Coordinator);

        // Act: the Bologna partner asks
        var reply = await host.SayAsync("when is the next meeting?", MeetingHost.Partner);

        // Assert
        Assert.Equal("The next meeting: **Bucharest call**: Thu 3 Dec 2026, 09:00 (UTC+01:00, Europe/Rome)", reply.Text);
    }
}
