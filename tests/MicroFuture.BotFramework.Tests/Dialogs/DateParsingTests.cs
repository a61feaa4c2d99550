using MicroFuture.BotFramework.Dialogs.Prompts;

namespace MicroFuture.BotFramework.Tests.Dialogs;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2026-03-15", 2026, 3, 15)]
    [InlineData("2026/3/5", 2026, 3, 5)]
    [InlineData("15/03/2026", 2026, 3, 15)]
    [InlineData("5/3/2026", 2026, 3, 5)]
    [InlineData("15.03.2026", 2026, 3, 15)]
    [InlineData("15-03-2026", 2026, 3, 15)]
    [InlineData("15 March 2026", 2026, 3, 15)]
    [InlineData("15 march 2026", 2026, 3, 15)]
    [InlineData("15th Mar 2026", 2026, 3, 15)]
    [InlineData("1st of September 2026", 2026, 9, 1)]
    [InlineData("March 15, 2026", 2026, 3, 15)]
    [InlineData("15 marzo 2026", 2026, 3, 15)]
    [InlineData("29 February 2028", 2028, 2, 29)]
    [InlineData(" 2026-12-31. ", 2026, 12, 31)]
    public void Parse_DayForms_DayPrecision(string text, int year, int month, int day)
    {
        // Act
        var result = DateParsing.Parse(text);

        // Assert
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new DateValue(new DateOnly(year, month, day), DatePrecision.Day), result.Value);
    }

    [Theory]
    [InlineData("March 2026", 2026, 3)]
    [InlineData("mar 2026", 2026, 3)]
    [InlineData("Sept. 2026", 2026, 9)]
    [InlineData("giugno 2026", 2026, 6)]
    [InlineData("2026-03", 2026, 3)]
    public void Parse_MonthForms_FirstDayWithMonthPrecision(string text, int year, int month)
    {
        // Act
        var result = DateParsing.Parse(text);

        // Assert
        Assert.Equal(new DateValue(new DateOnly(year, month, 1), DatePrecision.Month), result.Value);
        Assert.Equal(new DateOnly(year, month, DateTime.DaysInMonth(year, month)), result.Value!.LastDay);
    }

    [Theory]
    [InlineData("Q2 2026", 4)]
    [InlineData("q1 2026", 1)]
    [InlineData("2026 Q4", 10)]
    [InlineData("2026-Q3", 7)]
    public void Parse_Quarter_FirstDayWithQuarterPrecision(string text, int firstMonth)
    {
        // Act
        var result = DateParsing.Parse(text);

        // Assert
        Assert.Equal(new DateValue(new DateOnly(2026, firstMonth, 1), DatePrecision.Quarter), result.Value);
    }

    [Theory]
    [InlineData("31 February 2026", "31 February 2026 does not exist: February 2026 has 28 days.")]
    [InlineData("31/02/2026", "31 February 2026 does not exist: February 2026 has 28 days.")]
    [InlineData("2026-02-29", "29 February 2026 does not exist: February 2026 has 28 days.")]
    [InlineData("31 April 2026", "31 April 2026 does not exist: April 2026 has 30 days.")]
    [InlineData("2026-13-01", "\"2026-13-01\" is not a valid date.")]
    [InlineData("Q5 2026", "A quarter is Q1, Q2, Q3 or Q4.")]
    [InlineData("15 Smarch 2026", "I don't know the month in \"15 Smarch 2026\".")]
    public void Parse_ImpossibleDate_ClearError(string text, string error)
    {
        // Act
        var result = DateParsing.Parse(text);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("03/15")]
    [InlineData("15/03/26")]
    public void Parse_Unrecognized_GeneralError(string text)
    {
        // Act
        var result = DateParsing.Parse(text);

        // Assert
        Assert.False(result.Succeeded);
        Assert.StartsWith("Please enter a date like", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-01 to 2026-06-30", "2026-03-01", "2026-06-30")]
    [InlineData("from 1/3/2026 until 30/6/2026", "2026-03-01", "2026-06-30")]
    [InlineData("15/03/2026 - 30/04/2026", "2026-03-15", "2026-04-30")]
    [InlineData("March 2026 – June 2026", "2026-03-01", "2026-06-30")]
    [InlineData("dal 1 marzo 2026 al 30 giugno 2026", "2026-03-01", "2026-06-30")]
    [InlineData("Q2 2026", "2026-04-01", "2026-06-30")]
    [InlineData("February 2028", "2028-02-01", "2028-02-29")]
    [InlineData("2026-03-01 to 2026-03-01", "2026-03-01", "2026-03-01")]
    public void ParseRange_Forms_StartAndInclusiveEnd(string text, string start, string end)
    {
        // Act
        var result = DateParsing.ParseRange(text);

        // Assert
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new DateRange(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), result.Value);
    }

    [Theory]
    [InlineData("2026-06-30 to 2026-03-01", "The end (1 March 2026) is before the start (30 June 2026).")]
    [InlineData("2026-03-01 to 31 February 2026", "31 February 2026 does not exist: February 2026 has 28 days.")]
    [InlineData("2026-03-01", "Please give a start and an end, e.g. 2026-03-01 to 2026-06-30.")]
    public void ParseRange_Invalid_ClearError(string text, string error)
    {
        // Act
        var result = DateParsing.ParseRange(text);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Error);
    }
}
