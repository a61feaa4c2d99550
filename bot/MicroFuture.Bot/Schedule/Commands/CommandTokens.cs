using System.Text;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>One word of a command, or a quoted text.</summary>
public sealed record CommandToken(string Text, bool Quoted)
{
    public bool Is(string keyword) => !Quoted && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Splits a command line into words and quoted texts ("..." and the curly quotes Teams may type).</summary>
public static class CommandTokens
{
    /// <summary>The tokens, or null when a quote is opened and never closed.</summary>
    public static List<CommandToken>? Split(string text)
    {
        var tokens = new List<CommandToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (IsOpeningQuote(text[i]))
            {
                var close = text.IndexOfAny(['"', '\u201D', '\u201C'], i + 1);
                if (close < 0)
                {
                    return null;
                }
                tokens.Add(new CommandToken(text[(i + 1)..close], Quoted: true));
                i = close + 1;
                continue;
            }
            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsOpeningQuote(text[i]))
            {
                word.Append(text[i++]);
            }
            tokens.Add(new CommandToken(word.ToString(), Quoted: false));
        }
        return tokens;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u201D';
}
