using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Calendar;
using MicroFuture.Bot.Tests.EndToEnd;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.Bot.Tests.Schedule.Calendar;

public sealed class ProjectCalendarTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
    private static readonly TimeZoneInfo Ljubljana = TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");

    private static KnowledgeCalendar RealFile() => KnowledgeCalendar.Load(new KnowledgeFolder(RepositoryLayout.KnowledgeFolder));

    private static async Task<IReadOnlyList<ProjectEvent>> EventsAsync(DateTimeOffset now, params Meeting[] meetings) =>
        await new ProjectCalendar(RealFile(), new MemoryMeetingStore(meetings), new FakeTimeProvider(now)).EventsAsync();

    private static Meeting Stored(string id, string title, DateTimeOffset start) => new()
    {
        Id = id,
        Title = title,
        StartUtc = start,
        TimeZone = "Europe/Rome",
        Audience = new Audience(AudienceKind.Everyone),
        CreatedBy = "29:coordinator",
        CreatedUtc = start.AddDays(-7),
    };

    [Fact]
    public void RealCalendarFile_Loads_HasTheKamnikMeetingAsTwoDays()
    {
        // Act
        var events = RealFile().OccurrencesUntil(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        // Assert
        Assert.True(events.Count >= 9);
        var kamnik = Assert.Single(events, e => e.Title.Contains("Kamnik", StringComparison.Ordinal));
        Assert.True(kamnik.AllDay);
        Assert.Equal(new DateOnly(2025, 5, 21), kamnik.FirstDay);
        Assert.Equal(new DateOnly(2025, 5, 22), kamnik.LastDay);
        Assert.Equal("Kamnik, Slovenia", kamnik.Location);
    }

    [Fact]
    public async Task Next_AfterMarch2024_IsTheThirdInterregionalMeetingNotTheProjectPhase()
    {
        // Arrange
        var now = new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

        // Act
        var answer = CalendarAnswers.Next(await EventsAsync(now), now, Rome, showIds: false);

        // Assert
        Assert.StartsWith("The next meeting: **MICROFUTURE 3rd interregional meeting, Seine-Saint-Denis**: Wed 15 May 2024 – Thu 16 May 2024", answer);
    }

    [Fact]
    public async Task Next_WithScheduledMeeting_MergesItAndShowsTheReadersZone()
    {
        // Arrange
        var now = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        var meeting = Stored("k3m9qx", "Steering group call", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

        // Act
        var answer = CalendarAnswers.Next(await EventsAsync(now, meeting), now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest"), showIds: true);

        // Assert
        Assert.Equal("The next meeting: **Steering group call**: Thu 3 Dec 2026, 11:00 (UTC+02:00, Europe/Bucharest) — id `k3m9qx`", answer);
    }

    [Fact]
    public async Task Next_NothingAhead_SaysSoAndSuggestsMeetings()
    {
        var now = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        var answer = CalendarAnswers.Next(await EventsAsync(now), now, Rome, showIds: false);
        Assert.Contains("No meeting is planned", answer);
        Assert.Contains("meetings", answer);
    }

    [Fact]
    public async Task InMonth_May2027_ListsTheProjectPhaseEndingThen()
    {
        // Act
        var answer = CalendarAnswers.InMonth(await EventsAsync(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), 2027, 5, Rome, showIds: false);

        // Assert
        Assert.StartsWith("In May 2027:", answer);
        Assert.Contains("MICROFUTURE project duration (March 2023 - May 2027)**: Wed 1 Mar 2023 – Mon 31 May 2027", answer);
    }

    [Fact]
    public async Task InMonth_EmptyMonth_SaysSoAndSuggestsMeetings()
    {
        var answer = CalendarAnswers.InMonth(await EventsAsync(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), 2029, 1, Rome, showIds: false);
        Assert.Equal("Nothing is in the project calendar for January 2029. " + CalendarAnswers.NothingFoundHint, answer);
    }

    [Fact]
    public async Task Search_KamnikMeeting_GivesItsDaysAndPlace()
    {
        // Act
        var answer = CalendarAnswers.Search(await EventsAsync(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), "the Kamnik meeting", Rome, showIds: false);

        // Assert
        Assert.Equal("Found:\n- **MICROFUTURE 5th interregional meeting, Kamnik**: Wed 21 May 2025 – Thu 22 May 2025 — Kamnik, Slovenia", answer);
    }

    [Fact]
    public async Task Search_TimedEvent_IsShownInTheReadersZone()
    {
        // The Romanian stakeholder meeting was 09:30 in Bucharest: 08:30 in Rome.
        var answer = CalendarAnswers.Search(await EventsAsync(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), "the 2nd stakeholder group meeting", Rome, showIds: false);
        Assert.Contains("Tue 27 Feb 2024, 08:30 (UTC+01:00, Europe/Rome)", answer);
    }

    [Fact]
    public async Task Search_NoMatch_SaysSoAndSuggestsMeetings()
    {
        var answer = CalendarAnswers.Search(await EventsAsync(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero)), "the Atlantis meeting", Rome, showIds: false);
        Assert.Equal("I found no event about \"Atlantis\" in the project calendar. " + CalendarAnswers.NothingFoundHint, answer);
    }

    [Fact]
    public void Occurrences_MonthlyRuleAcrossMarchClockChange_KeepsTenOClockLocal()
    {
        // Arrange: a monthly 10:00 call in Ljubljana; summer time starts on 28 March 2027
        var calendar = KnowledgeCalendar.Parse("""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//MicroFuture//Test//EN
            BEGIN:VEVENT
            UID:monthly-call@test
            DTSTAMP:20261127T000000Z
            DTSTART;TZID=Europe/Ljubljana:20270215T100000
            DTEND;TZID=Europe/Ljubljana:20270215T110000
            RRULE:FREQ=MONTHLY;COUNT=4
            SUMMARY:Monthly partners call
            END:VEVENT
            END:VCALENDAR
            """.ReplaceLineEndings("\r\n"));

        // Act
        var occurrences = calendar.OccurrencesUntil(new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));

        // Assert
        Assert.Equal(
            [
                new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 3, 15, 9, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 4, 15, 8, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2027, 5, 15, 8, 0, 0, TimeSpan.Zero),
            ],
            occurrences.Select(o => o.StartUtc));
        Assert.All(occurrences, o => Assert.Equal(new TimeSpan(10, 0, 0), TimeZoneInfo.ConvertTime(o.StartUtc, Ljubljana).TimeOfDay));
        Assert.Equal("Thu 15 Apr 2027, 10:00 (UTC+02:00, Europe/Ljubljana)", EventText.Time(occurrences[2].StartUtc, Ljubljana));
    }

    [Fact]
    public async Task Occurrences_EndlessRule_StopAtTheHorizon()
    {
        // Arrange
        var calendar = KnowledgeCalendar.Parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\nBEGIN:VEVENT\r\nUID:weekly@test\r\nDTSTAMP:20261127T000000Z\r\nDTSTART:20261130T090000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Weekly call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var now = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

        // Act
        var events = await new ProjectCalendar(calendar, new MemoryMeetingStore(), new FakeTimeProvider(now)).EventsAsync();

        // Assert
        Assert.InRange(events.Count, 250, 270);
        Assert.All(events, e => Assert.True(e.StartUtc < now + ProjectCalendar.Horizon));
    }

    [Theory]
    [InlineData("what happens in May 2027?", 2027, 5)]
    [InlineData("What is on in december 2026", 2026, 12)]
    [InlineData("which events are in Sep 2025?", 2025, 9)]
    public void MonthOf_MonthQuestions_GiveYearAndMonth(string question, int year, int month) =>
        Assert.Equal((year, month), CalendarFeature.MonthOf(question));

    [Theory]
    [InlineData("what happens in Smarch 2027?")]
    [InlineData("schedule \"x\" 2027-05-01 10:00")]
    public void MonthOf_OtherText_IsNull(string text) => Assert.Null(CalendarFeature.MonthOf(text));

    [Theory]
    [InlineData("When was the Kamnik meeting?", true)]
    [InlineData("when’s the study visit in Krsko", true)]
    [InlineData("when is the Bucharest workshop", true)]
    [InlineData("when is the deadline for the policy proposal?", false)]
    [InlineData("what is microfinance?", false)]
    public void IsEventQuestion_OnlyWhenQuestionsAboutEvents(string text, bool expected) =>
        Assert.Equal(expected, CalendarFeature.IsEventQuestion(text));
}
