using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MicroFuture.Bot.Knowledge;

/// <summary>
/// A knowledge file read with Markdig: its front matter text and its sections by heading path, each section's
/// text as plain-text units (a paragraph, a list item, a table row) that a long section may be split between.
/// </summary>
internal sealed record MarkdownOutline(string? FrontMatter, IReadOnlyList<MarkdownOutline.Section> Sections)
{
    /// <summary>Headings deeper than this stay in their section's text.</summary>
    private const int DeepestSectionLevel = 3;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    public sealed record Section(IReadOnlyList<string> HeadingPath, string Anchor, IReadOnlyList<string> Units);

    public static MarkdownOutline Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        string? frontMatter = null;
        var sections = new List<Section>();
        var headings = new (string Text, string Anchor)?[DeepestSectionLevel];
        var units = new List<string>();

        void CloseSection()
        {
            var path = headings.OfType<(string Text, string Anchor)>().ToList();
            if (units.Count > 0)
            {
                sections.Add(new Section(path.Select(h => h.Text).ToList(), path.Count > 0 ? path[^1].Anchor : "", units.ToList()));
            }
            units.Clear();
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml when frontMatter is null && sections.Count == 0 && units.Count == 0:
                    frontMatter = FrontMatterText(yaml);
                    break;
                case HeadingBlock heading when heading.Level <= DeepestSectionLevel:
                    CloseSection();
                    headings[heading.Level - 1] = (InlineText(heading.Inline), heading.GetAttributes().Id ?? "");
                    Array.Fill(headings, null, heading.Level, DeepestSectionLevel - heading.Level);
                    break;
                default:
                    AddUnits(block, units);
                    break;
            }
        }
        CloseSection();
        return new MarkdownOutline(frontMatter, sections);
    }

    // Markdig keeps the closing fence among the block's lines; YAML would read it as the start of a second document.
    private static string FrontMatterText(YamlFrontMatterBlock block)
    {
        var lines = block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString()).ToList();
        if (lines.Count > 0 && lines[^1].TrimEnd() is "---" or "...")
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return string.Join('\n', lines);
    }

    private static void AddUnits(Block block, List<string> units)
    {
        switch (block)
        {
            case Table table:
                units.AddRange(TableRows(table));
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var itemUnits = new List<string>();
                    foreach (var child in item)
                    {
                        AddUnits(child, itemUnits);
                    }
                    if (itemUnits.Count > 0)
                    {
                        units.Add("- " + string.Join('\n', itemUnits));
                    }
                }
                break;
            // Reference definitions only give addresses to links, which keep theirs in the text.
            case LinkReferenceDefinitionGroup:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AddUnits(child, units);
                }
                break;
            case LeafBlock { Inline: { } inline }:
                Add(units, InlineText(inline));
                break;
            case HtmlBlock or ThematicBreakBlock:
                break;
            case LeafBlock leaf:
                Add(units, leaf.Lines.ToString());
                break;
        }
    }

    // Each body row reads "header: cell | header: cell", so a row still makes sense alone.
    private static IEnumerable<string> TableRows(Table table)
    {
        var rows = table.OfType<TableRow>().Select(row => row.OfType<TableCell>().Select(CellText).ToList()).ToList();
        var header = table.OfType<TableRow>().FirstOrDefault()?.IsHeader == true ? rows[0] : null;
        foreach (var cells in header is null ? rows : rows.Skip(1))
        {
            var parts = cells
                .Select((cell, column) => header is not null && column < header.Count && header[column].Length > 0 ? $"{header[column]}: {cell}" : cell)
                .Where((_, column) => cells[column].Length > 0);
            var text = string.Join(" | ", parts);
            if (text.Length > 0)
            {
                yield return text;
            }
        }
    }

    private static string CellText(TableCell cell)
    {
        var units = new List<string>();
        foreach (var child in cell)
        {
            AddUnits(child, units);
        }
        return string.Join(' ', units);
    }

    private static void Add(List<string> units, string text)
    {
        text = text.Trim();
        if (text.Length > 0)
        {
            units.Add(text);
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        var text = new StringBuilder();
        AppendInlines(container, text);
        return text.ToString().Trim();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder text)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                // A link keeps its address: the bot may need to show where a fact comes from.
                case LinkInline { IsImage: false, Url: { Length: > 0 } url } link:
                    AppendInlines(link, text);
                    text.Append(" (").Append(url).Append(')');
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
            }
        }
    }
}
