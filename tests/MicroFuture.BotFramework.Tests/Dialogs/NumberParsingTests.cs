using System.Globalization;
using MicroFuture.BotFramework.Dialogs.Prompts;

namespace MicroFuture.BotFramework.Tests.Dialogs;

public sealed class NumberParsingTests
{
    [Theory]
    [InlineData("120000", "120000")]
    [InlineData("120,000", "120000")]
    [InlineData("120 000", "120000")]
    [InlineData("120\u00A0000", "120000")]
    [InlineData("120'000", "120000")]
    [InlineData("120.000", "120000")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("120k", "120000")]
    [InlineData("120 K", "120000")]
    [InlineData("1.2m", "1200000")]
    [InlineData("1,5m", "1500000")]
    [InlineData("2 mln", "2000000")]
    [InlineData("1bn", "1000000000")]
    [InlineData("1.234k", "1234")]
    [InlineData("EUR 120,000", "120000")]
    [InlineData("eur120000", "120000")]
    [InlineData("120000 EUR", "120000")]
    [InlineData("€120k", "120000")]
    [InlineData("€ 1.2m", "1200000")]
    [InlineData("120k €", "120000")]
    [InlineData("120.000,50", "120000.50")]
    [InlineData("120,000.50", "120000.50")]
    [InlineData("120 000,50 EUR", "120000.50")]
    [InlineData("12,5", "12.5")]
    [InlineData("12.50", "12.50")]
    [InlineData("0,75", "0.75")]
    [InlineData("-500", "-500")]
    [InlineData("  42  ", "42")]
    public void TryParse_EuroAmount_ReadsValue(string text, string expected)
    {
        // Act
        var ok = NumberParsing.TryParse(text, "EUR", out var value);

        // Assert
        Assert.True(ok, text);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("abc")]
    [InlineData("12 34")]
    [InlineData("1,23,456")]
    [InlineData("12.34.5")]
    [InlineData("1,2.345.6")]
    [InlineData("120x")]
    [InlineData("USD 120")]
    [InlineData("$120")]
    [InlineData("120 EUR EUR")]
    [InlineData("12.")]
    [InlineData("k")]
    [InlineData("one hundred")]
    [InlineData("1e5")]
    public void TryParse_NotAnAmount_Refused(string? text)
    {
        // Act
        var ok = NumberParsing.TryParse(text, "EUR", out _);

        // Assert
        Assert.False(ok, text);
    }

    [Fact]
    public void TryParse_UnitGivenButNoneExpected_Refused()
    {
        // Act
        var ok = NumberParsing.TryParse("EUR 5", out _);

        // Assert
        Assert.False(ok);
    }

    [Fact]
    public void TryParse_DollarSymbolForUsd_Accepted()
    {
        // Act
        var ok = NumberParsing.TryParse("$2.5k", "USD", out var value);

        // Assert
        Assert.True(ok);
        Assert.Equal(2500m, value);
    }
}
