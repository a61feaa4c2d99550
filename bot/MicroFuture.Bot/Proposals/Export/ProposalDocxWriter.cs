using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>Writes a proposal as a Word document: real heading styles and a table of the actions.</summary>
public static class ProposalDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Extension = ".docx";

    public static byte[] Write(ProposalDraft draft)
    {
        var outline = ProposalOutline.From(draft);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = outline.Title;
            document.PackageProperties.Creator = "MicroFuture bot";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();

            var body = new Body();
            body.Append(Paragraph(outline.Title, DocxStyles.Title));
            body.Append(Paragraph(outline.Subtitle, DocxStyles.Subtitle));
            foreach (var block in outline.Blocks)
            {
                body.Append(Render(block));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Render(OutlineBlock block) => block switch
    {
        HeadingBlock heading => [Paragraph(heading.Text, heading.Level == 1 ? DocxStyles.Heading1 : DocxStyles.Heading2)],
        FieldBlock field => [new Paragraph([Run(field.Label + ": ", bold: true), .. Runs(field.Value ?? ProposalFormat.NotAnswered)])],
        TextBlock text => [Paragraph(text.Text ?? ProposalFormat.NotAnswered)],
        ItemBlock item => Item(item),
        TableBlock table => [Table(table), new Paragraph()],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block."),
    };

    private static IEnumerable<OpenXmlElement> Item(ItemBlock item)
    {
        yield return new Paragraph(Run(item.Title, bold: true));
        if (item.Note is not null)
        {
            yield return Paragraph(item.Note);
        }
        if (item.SourceUrl is not null)
        {
            yield return new Paragraph([Run("Source: ", bold: false), .. Runs(item.SourceUrl)]);
        }
    }

    private static Table Table(TableBlock block)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(block.Header.Select(_ => new GridColumn())));
        table.Append(new TableRow([new TableRowProperties(new TableHeader()), .. block.Header.Select(h => new TableCell(new Paragraph(Run(h, bold: true))))]));
        foreach (var row in block.Rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))));
        }
        return table;
    }

    private static Paragraph Paragraph(string text, string? styleId = null)
    {
        var paragraph = new Paragraph(Runs(text));
        if (styleId is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }
        return paragraph;
    }

    // Line breaks the partner typed stay line breaks in Word.
    private static IEnumerable<Run> Runs(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = Run(lines[i], bold: false);
            if (i > 0)
            {
                run.PrependChild(new Break());
            }
            yield return run;
        }
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return run;
    }
}
