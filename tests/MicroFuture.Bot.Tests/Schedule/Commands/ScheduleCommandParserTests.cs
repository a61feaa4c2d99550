using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Schedule.Commands;

namespace MicroFuture.Bot.Tests.Schedule.Commands;

public sealed class ScheduleCommandParserTests
{
    private const string Example = "\"Steering group call\" 2026-12-03 10:00 Europe/Rome for 1h at https://example.org/call remind 1d 1h 15m to everyone";
    private static readonly IReadOnlyList<TimeSpan> NoOffsets = new List<TimeSpan>();
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    private static readonly List<PartnerOrganisation> Partners =
    [
        new() { Name = "Metropolitan City of Bologna", TimeZone = "Europe/Rome" },
        new() { Name = "Region Örebro County", TimeZone = "Europe/Stockholm" },
        new() { Name = "Bucharest-Ilfov", TimeZone = "Europe/Bucharest" },
    ];

    private static Checked<ScheduleRequest> Check(string arguments, string defaultZone = "Europe/Brussels")
    {
        var draft = ScheduleCommandParser.Parse(arguments);
        return draft.Value is null ? Checked<ScheduleRequest>.Fail(draft.Error!) : ScheduleValidator.Validate(draft.Value, Now, defaultZone, Partners);
    }

    private static ScheduleRequest Valid(string arguments, string defaultZone = "Europe/Brussels")
    {
        var result = Check(arguments, defaultZone);
        Assert.True(result.Value is not null, result.Error);
        return result.Value!;
    }

    private static string Invalid(string arguments)
    {
        var result = Check(arguments);
        Assert.Null(result.Value);
        Assert.Contains("Usage: `schedule \"Title\" YYYY-MM-DD HH:MM", result.Error);
        return result.Error!;
    }

    [Fact]
    public void Parse_ExampleLine_GivesEveryPart()
    {
        // Act
        var request = Valid(Example);

        // Assert
        Assert.Equal("Steering group call", request.Title);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), request.StartUtc); // 10:00 CET
        Assert.Equal("Europe/Rome", request.TimeZone);
        Assert.Equal(TimeSpan.FromHours(1), request.Duration);
        Assert.Equal("https://example.org/call", request.Location);
        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromHours(1), TimeSpan.FromMinutes(15)], request.ReminderOffsets);
        Assert.Equal(AudienceKind.Everyone, request.AudienceKind);
        Assert.Null(request.PartnerName);
    }

    [Theory]
    [InlineData("\"Steering group call\" 2026-12-03 10:00 Europe/Rome to everyone remind 1d 1h 15m at https://example.org/call for 1h")]
    [InlineData("\"Steering group call\" 2026-12-03 10:00 Europe/Rome at https://example.org/call for 1h to everyone remind 1d 1h 15m")]
    [InlineData("\"Steering group call\" 2026-12-03 10:00 Europe/Rome remind 15m 1h 1d for 1h to everyone at https://example.org/call")]
    [InlineData("\"Steering group call\" 2026-12-03 10:00 Europe/Rome remind 1d 1h 15m to everyone at https://example.org/call for 1h")]
    [InlineData("\"Steering group call\" 2026-12-03 10:00 europe/rome FOR 1h AT https://example.org/call REMIND 1d 1h 15m TO Everyone")]
    [InlineData("\u201CSteering group call\u201D 2026-12-03 10:00 Europe/Rome for 60m at \"https://example.org/call\" remind 1d 60m 15m to everyone")]
    public void Parse_OptionsInAnyOrder_GiveTheSameMeeting(string arguments)
    {
        // Arrange
        var expected = Valid(Example);

        // Act
        var request = Valid(arguments);

        // Assert: the same fields (the offsets list compared by its items)
        Assert.Equal(expected with { ReminderOffsets = NoOffsets }, request with { ReminderOffsets = NoOffsets });
        Assert.Equal(expected.ReminderOffsets, request.ReminderOffsets);
    }

    [Fact]
    public void Parse_OnlyTitleDateTime_UsesDefaultZoneAndEveryone()
    {
        // Act
        var request = Valid("\"Check-in\" 2026-12-03 10:00", defaultZone: "Europe/Bucharest");

        // Assert
        Assert.Equal("Europe/Bucharest", request.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero), request.StartUtc); // 10:00 EET
        Assert.Null(request.Duration);
        Assert.Null(request.Location);
        Assert.Empty(request.ReminderOffsets);
        Assert.Equal(AudienceKind.Everyone, request.AudienceKind);
    }

    [Theory]
    [InlineData("\"Call\" 2026-12-03 10:00 for 90m", 90)]
    [InlineData("\"Call\" 2026-12-03 10:00 for 1h30m", 90)]
    [InlineData("\"Call\" 2026-12-03 10:00 for 2h", 120)]
    public void Parse_Durations_AreMinutes(string arguments, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Valid(arguments).Duration);

    [Fact]
    public void Parse_UnquotedPlaceOfSeveralWords_RunsToTheNextKeyword()
    {
        // Act
        var request = Valid("\"Workshop\" 2026-12-03 10:00 at Palazzo Malvezzi, Bologna remind 1h");

        // Assert
        Assert.Equal("Palazzo Malvezzi, Bologna", request.Location);
        Assert.Equal([TimeSpan.FromHours(1)], request.ReminderOffsets);
    }

    [Fact]
    public void Parse_QuotedPlace_MayContainKeywords() =>
        Assert.Equal("Room to the left, for guests", Valid("\"Workshop\" 2026-12-03 10:00 at \"Room to the left, for guests\" to everyone").Location);

    [Theory]
    [InlineData("to Metropolitan City of Bologna", "Metropolitan City of Bologna")]
    [InlineData("to \"Region Örebro County\"", "Region Örebro County")]
    [InlineData("to bucharest-ilfov", "Bucharest-Ilfov")]
    [InlineData("to Region Orebro County", "Region Örebro County")]
    public void Parse_ToPartner_GivesTheConfiguredName(string audience, string partner)
    {
        // Act
        var request = Valid($"\"Partner call\" 2026-12-03 10:00 {audience} remind 15m");

        // Assert
        Assert.Equal(AudienceKind.Partner, request.AudienceKind);
        Assert.Equal(partner, request.PartnerName);
    }

    [Fact]
    public void Parse_ToThisChannel_GivesThisChannel() =>
        Assert.Equal(AudienceKind.ThisChannel, Valid("\"Channel call\" 2026-12-03 10:00 to this channel").AudienceKind);

    [Fact]
    public void Parse_RepeatedAutumnHour_TakesTheSummerTimeInstant() =>
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), Valid("\"Night call\" 2027-10-31 02:30 Europe/Rome").StartUtc);

    [Fact]
    public void Parse_UnknownZone_SaysSo() => Assert.Contains("\"Mars/Olympus\" is not a time zone", Invalid("\"Call\" 2026-12-03 10:00 Mars/Olympus"));

    [Fact]
    public void Parse_ThirtyFirstFebruary_IsNotADate() => Assert.Contains("2027-02-31 is not a date in the calendar", Invalid("\"Call\" 2027-02-31 10:00"));

    [Fact]
    public void Parse_DateInThePast_IsRefused() => Assert.Contains("is in the past", Invalid("\"Call\" 2026-11-27 10:00 UTC"));

    [Fact]
    public void Parse_BadTime_SaysHowToWriteIt() => Assert.Contains("\"25:00\" is not a time", Invalid("\"Call\" 2026-12-03 25:00"));

    [Fact]
    public void Parse_TimeSkippedBySpringClockChange_IsRefused() => Assert.Contains("the clocks skip that hour", Invalid("\"Call\" 2027-03-28 02:30 Europe/Rome"));

    [Fact]
    public void Parse_RemindZeroMinutes_IsRefused() => Assert.Contains("\"0m\" must be at least 1m", Invalid("\"Call\" 2026-12-03 10:00 remind 0m"));

    [Fact]
    public void Parse_FiveHundredOffsets_AreTooMany()
    {
        var offsets = string.Join(' ', Enumerable.Range(1, 500).Select(i => $"{i}m"));
        Assert.Contains("500 reminders are too many", Invalid($"\"Call\" 2026-12-03 10:00 remind {offsets}"));
    }

    [Fact]
    public void Parse_ElevenOffsets_AreTooMany() =>
        Assert.Contains("11 reminders are too many", Invalid("\"Call\" 2026-12-03 10:00 remind 1m 2m 3m 4m 5m 6m 7m 8m 9m 10m 11m"));

    [Fact]
    public void Parse_DuplicateOffsets_AreRefused() => Assert.Contains("\"60m\" is given twice", Invalid("\"Call\" 2026-12-03 10:00 remind 1h 60m"));

    [Fact]
    public void Parse_BadOffset_IsNamed() => Assert.Contains("\"soon\" is not a reminder offset", Invalid("\"Call\" 2026-12-03 10:00 remind soon"));

    [Fact]
    public void Parse_FiveThousandCharacterTitle_IsTooLong() =>
        Assert.Contains("The title is 5000 characters long; keep it to 200", Invalid($"\"{new string('x', 5000)}\" 2026-12-03 10:00"));

    [Fact]
    public void Parse_UnknownPartner_ListsThePartners()
    {
        var error = Invalid("\"Call\" 2026-12-03 10:00 to Atlantis");
        Assert.Contains("\"Atlantis\" is not a partner", error);
        Assert.Contains("Metropolitan City of Bologna", error);
    }

    [Fact]
    public void Parse_TitleWithoutQuotes_AsksForQuotes() => Assert.Contains("Put the title between double quotes", Invalid("Steering group call 2026-12-03 10:00"));

    [Fact]
    public void Parse_UnclosedQuote_SaysSo() => Assert.Contains("never closed", Invalid("\"Steering group call 2026-12-03 10:00"));

    [Fact]
    public void Parse_MissingDate_SaysSo() => Assert.Contains("The date and time are missing", Invalid("\"Call\" for 1h"));

    [Fact]
    public void Parse_EmptyTitle_SaysSo() => Assert.Contains("The title is empty", Invalid("\"  \" 2026-12-03 10:00"));

    [Fact]
    public void Parse_OptionTwice_SaysSo() => Assert.Contains("\"for\" is given twice", Invalid("\"Call\" 2026-12-03 10:00 for 1h for 2h"));

    [Fact]
    public void Parse_BadDuration_SaysSo() => Assert.Contains("\"ages\" is not a duration", Invalid("\"Call\" 2026-12-03 10:00 for ages"));

    [Fact]
    public void Parse_UnknownWordAfterZone_SaysWhichWord() => Assert.Contains("I don't understand \"tomorrow\"", Invalid("\"Call\" 2026-12-03 10:00 Europe/Rome tomorrow"));

    [Fact]
    public void Parse_KeywordWithoutValue_SaysSo() => Assert.Contains("\"remind\" needs a value", Invalid("\"Call\" 2026-12-03 10:00 remind"));
}
