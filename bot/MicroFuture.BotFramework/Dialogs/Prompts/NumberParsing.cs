using System.Globalization;
using System.Text.RegularExpressions;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// Reads amounts as people type them: <c>120000</c>, <c>120,000</c>, <c>120 000</c>, <c>120.000</c> (European
/// thousands), <c>120.000,50</c>, <c>1,5</c>, <c>120k</c>, <c>1.2m</c>, <c>2 mln</c>, <c>1bn</c>, with the unit or its
/// symbol before or after (<c>EUR 120,000</c>, <c>€120k</c>, <c>120k EUR</c>). Pure and culture-independent.
/// </summary>
public static partial class NumberParsing
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€",
        ["USD"] = "$",
        ["GBP"] = "£",
        ["CHF"] = "Fr.",
        ["JPY"] = "¥",
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1_000m,
        ["thousand"] = 1_000m,
        ["m"] = 1_000_000m,
        ["mln"] = 1_000_000m,
        ["mio"] = 1_000_000m,
        ["million"] = 1_000_000m,
        ["bn"] = 1_000_000_000m,
        ["b"] = 1_000_000_000m,
        ["billion"] = 1_000_000_000m,
    };

    /// <summary>Parses <paramref name="text"/> as an amount in <paramref name="unit"/> (null = no unit allowed).</summary>
    public static bool TryParse(string? text, string? unit, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var rest = StripUnit(text.Trim(), unit);
        var match = AmountPattern().Match(rest);
        if (!match.Success)
        {
            return false;
        }
        var multiplier = 1m;
        if (match.Groups["suffix"].Success && !Multipliers.TryGetValue(match.Groups["suffix"].Value, out multiplier))
        {
            return false;
        }
        if (!TryParseDigits(match.Groups["number"].Value.Trim(), hasSuffix: multiplier != 1m, out var number))
        {
            return false;
        }
        try
        {
            // Dividing by 1.000… drops trailing zeros, so 1.2m is 1200000, not 1200000.0.
            value = number * multiplier * (match.Groups["sign"].Success ? -1 : 1) / 1.0000000000000000000000000000m;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Parses <paramref name="text"/> as a plain number (no unit).</summary>
    public static bool TryParse(string? text, out decimal value) => TryParse(text, null, out value);

    private static string StripUnit(string text, string? unit)
    {
        if (unit is null)
        {
            return text;
        }
        foreach (var token in new[] { unit, Symbols.GetValueOrDefault(unit) })
        {
            if (string.IsNullOrEmpty(token))
            {
                continue;
            }
            if (text.StartsWith(token, StringComparison.OrdinalIgnoreCase))
            {
                return text[token.Length..].Trim();
            }
            if (text.EndsWith(token, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^token.Length].Trim();
            }
        }
        return text;
    }

    // Decides which separator is the decimal one: the last of two different ones; a lone one followed by exactly
    // three digits is a thousands separator (120,000 / 120.000) unless a k/m suffix makes it a decimal (1.234k).
    private static bool TryParseDigits(string number, bool hasSuffix, out decimal value)
    {
        value = 0;
        var compact = number.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        if (compact != number && !GroupedBySpaces().IsMatch(number.Split([',', '.'])[0]))
        {
            return false;
        }
        var lastComma = compact.LastIndexOf(',');
        var lastDot = compact.LastIndexOf('.');
        char? decimalSeparator = null;
        if (lastComma >= 0 && lastDot >= 0)
        {
            decimalSeparator = lastComma > lastDot ? ',' : '.';
        }
        else if (lastComma >= 0 || lastDot >= 0)
        {
            var separator = lastComma >= 0 ? ',' : '.';
            var count = compact.Count(c => c == separator);
            var digitsAfter = compact.Length - compact.LastIndexOf(separator) - 1;
            if (count == 1 && (hasSuffix || digitsAfter != 3))
            {
                decimalSeparator = separator;
            }
        }
        var integerPart = decimalSeparator is { } d ? compact[..compact.LastIndexOf(d)] : compact;
        var fraction = decimalSeparator is { } s ? compact[(compact.LastIndexOf(s) + 1)..] : string.Empty;
        var groupSeparator = integerPart.FirstOrDefault(c => c is ',' or '.');
        if (groupSeparator != default)
        {
            if (!ValidGroups(integerPart.Split(groupSeparator)) || integerPart.Contains(groupSeparator == ',' ? '.' : ','))
            {
                return false;
            }
            integerPart = integerPart.Replace(groupSeparator.ToString(), string.Empty, StringComparison.Ordinal);
        }
        if (integerPart.Length == 0 && fraction.Length == 0 || !integerPart.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) || decimalSeparator is not null && fraction.Length == 0)
        {
            return false;
        }
        return decimal.TryParse((integerPart.Length == 0 ? "0" : integerPart) + (fraction.Length == 0 ? string.Empty : "." + fraction),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool ValidGroups(string[] groups) =>
        groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(group => group.Length == 3);

    [GeneratedRegex(@"^(?<sign>[-−])?\s*(?<number>[0-9][0-9 ,.'\u00A0\u202F]*|[.,][0-9]+)\s*(?<suffix>[a-z]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^[0-9]{1,3}([ \u00A0\u202F'][0-9]{3})*$")]
    private static partial Regex GroupedBySpaces();
}
