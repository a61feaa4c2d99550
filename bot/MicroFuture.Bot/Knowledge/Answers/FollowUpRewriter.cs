using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>
/// Makes a short follow-up ("and in Sweden?", "what about France?", "and the Slovenian partner?", "e in Svezia?") a
/// whole question by combining it with the previous one: the country or partner named before is replaced by the new one, or,
/// when the previous question named none, the follow-up is appended.
/// </summary>
public sealed partial class FollowUpRewriter(CountryMentions mentions)
{
    private const int MaxFollowUpWords = 6;

    // "and", "what about" and the like in English and the partners' languages, then an optional "in"/"for"/"the".
    [GeneratedRegex(
        @"^\s*(?:and|also|what about|how about|same for|what of|et|e|și|si|och|hur är det med|kaj pa|in v|in za|in na)(?![\p{L}\p{N}-])\s*"
        + @"(?:in|for|the|about|en|pour|le|la|per|nel|nella|i|för|în|pentru|v|za|na)?(?![\p{L}\p{N}-])\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>The question to search for <paramref name="text"/>, given the conversation's previous question.</summary>
    public string Rewrite(string text, string? previous)
    {
        if (string.IsNullOrWhiteSpace(previous) || !IsFollowUp(text))
        {
            return text;
        }
        var now = mentions.Find(text);
        var before = mentions.Find(previous);
        if (now is not null && before is not null)
        {
            return previous[..before.Index] + mentions.Render(now, before.Form) + previous[(before.Index + before.Matched.Length)..];
        }
        return previous.TrimEnd(' ', '?', '.', '!') + " " + Opening().Replace(text, "").Trim();
    }

    private bool IsFollowUp(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0 || words > MaxFollowUpWords)
        {
            return false;
        }
        // "and ..."/"what about ..." opens a follow-up; so does a bare country or partner ("Sweden?").
        return Opening().IsMatch(text) || mentions.Find(text) is { } mention && words <= 3 && mention.Index <= 4;
    }
}
