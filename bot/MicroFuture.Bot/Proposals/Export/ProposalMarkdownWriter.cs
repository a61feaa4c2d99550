using System.Text;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>Writes a proposal as CommonMark/GFM Markdown with the same content as the Word document.</summary>
public static class ProposalMarkdownWriter
{
    public const string ContentType = "text/markdown; charset=utf-8";
    public const string Extension = ".md";

    public static string Write(ProposalDraft draft)
    {
        var outline = ProposalOutline.From(draft);
        var markdown = new StringBuilder();
        markdown.Append("# ").Append(MarkdownText.Inline(outline.Title)).Append("\n\n");
        markdown.Append('*').Append(MarkdownText.Inline(outline.Subtitle)).Append("*\n\n");
        foreach (var block in outline.Blocks)
        {
            Render(markdown, block);
            markdown.Append('\n');
        }
        return markdown.ToString();
    }

    /// <summary>The document as UTF-8 bytes (no byte order mark), ready for a download.</summary>
    public static byte[] WriteBytes(ProposalDraft draft) => new UTF8Encoding(false).GetBytes(Write(draft));

    private static void Render(StringBuilder markdown, OutlineBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                // Level 1 of the outline is level 2 here: the title is the document's only "#".
                markdown.Append('#', heading.Level + 1).Append(' ').Append(MarkdownText.Inline(heading.Text)).Append('\n');
                break;
            case FieldBlock field:
                markdown.Append("**").Append(MarkdownText.Inline(field.Label)).Append(":** ")
                    .Append(MarkdownText.Block(field.Value ?? ProposalFormat.NotAnswered)).Append('\n');
                break;
            case TextBlock text:
                markdown.Append(MarkdownText.Block(text.Text ?? ProposalFormat.NotAnswered)).Append('\n');
                break;
            case ItemBlock item:
                markdown.Append("**").Append(MarkdownText.Inline(item.Title)).Append("**");
                if (item.Note is not null)
                {
                    markdown.Append("  \n").Append(MarkdownText.Block(item.Note));
                }
                if (item.SourceUrl is not null)
                {
                    markdown.Append("  \nSource: ").Append(MarkdownText.Inline(item.SourceUrl));
                }
                markdown.Append('\n');
                break;
            case TableBlock table:
                markdown.Append(Row(table.Header)).Append('\n');
                markdown.Append("| ").Append(string.Join(" | ", table.Header.Select(_ => "---"))).Append(" |\n");
                foreach (var row in table.Rows)
                {
                    markdown.Append(Row(row)).Append('\n');
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(MarkdownText.Cell)) + " |";
}
