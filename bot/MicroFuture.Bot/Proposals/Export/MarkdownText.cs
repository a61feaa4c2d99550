using System.Text;
using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>
/// Escapes free text so Markdown shows it as typed: no accidental emphasis, links, HTML, headings or lists, and
/// table cells that stay one cell whatever the partner wrote.
/// </summary>
public static partial class MarkdownText
{
    // Characters that start inline syntax anywhere in a line (CommonMark backslash escapes).
    private const string InlineSpecials = "\\`*_[]<>|~";

    /// <summary>Text inside a heading, emphasis or after a label: line breaks become spaces.</summary>
    public static string Inline(string text) => EscapeInline(text.ReplaceLineEndings(" "));

    /// <summary>A paragraph whose line breaks are kept as hard breaks; blank lines stay paragraph breaks.</summary>
    public static string Block(string text)
    {
        // Indentation is trimmed: in Markdown it would turn the answer into a code block.
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToArray();
        var markdown = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            // Block syntax only counts at the start of a line: headings, quotes, list markers, ordered lists.
            markdown.Append(BlockStart().Replace(EscapeInline(lines[i]), m => m.Groups["lead"].Value + "\\" + m.Groups["mark"].Value, 1));
            if (i + 1 < lines.Length)
            {
                var hardBreak = lines[i].Length > 0 && lines[i + 1].Length > 0;
                markdown.Append(hardBreak ? "  \n" : "\n");
            }
        }
        return markdown.ToString();
    }

    /// <summary>A table cell: pipes escaped, line breaks as &lt;br&gt;.</summary>
    public static string Cell(string text) =>
        string.Join("<br>", text.ReplaceLineEndings("\n").Split('\n').Select(l => EscapeInline(l.Trim())));

    private static string EscapeInline(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (InlineSpecials.Contains(c))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    [GeneratedRegex(@"^(?<lead>(?:\d+(?=[.)]))?)(?<mark>[#>+\-=.)])")]
    private static partial Regex BlockStart();
}
