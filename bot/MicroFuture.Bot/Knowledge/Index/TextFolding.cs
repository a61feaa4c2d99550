using System.Globalization;
using System.Text;

namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>Lower-case, accent-free words: "Microcrédit" and "microcredit" compare equal.</summary>
internal static class TextFolding
{
    public static string Fold(string text) => Fold(text, lowerCase: true);

    /// <summary>The folded words of <paramref name="text"/> (letters and digits; apostrophes and hyphens split).</summary>
    public static string[] Words(string text) =>
        SplitWords(Fold(text));

    /// <summary>Whether each of the words of <see cref="Words"/> began with a capital letter in <paramref name="text"/>.</summary>
    public static bool[] Capitalised(string text) =>
        [.. SplitWords(Fold(text, lowerCase: false)).Select(word => char.IsUpper(word[0]))];

    /// <summary>
    /// <paramref name="text"/> folded one character for one, so that a match's position still points into the
    /// original. A surrogate half stays as it is: alone it cannot be normalised (an emoji would throw).
    /// </summary>
    public static string FoldInPlace(string text) =>
        string.Create(text.Length, text, static (span, original) =>
        {
            for (var i = 0; i < original.Length; i++)
            {
                var c = original[i];
                var folded = char.IsAscii(c) || char.IsSurrogate(c) ? "" : Fold(c.ToString());
                span[i] = folded.Length > 0 ? folded[0] : char.ToLowerInvariant(c);
            }
        });

    private static string Fold(string text, bool lowerCase)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(lowerCase ? char.ToLowerInvariant(c) : c);
            }
        }
        // Letters that do not decompose into a base letter and an accent.
        return folded.Replace('ø', 'o').Replace('æ', 'a').Replace('ß', 's').Replace('đ', 'd').Replace('ł', 'l')
            .Replace('Ø', 'O').Replace('Æ', 'A').Replace('Đ', 'D').Replace('Ł', 'L').ToString();
    }

    private static string[] SplitWords(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }
}
