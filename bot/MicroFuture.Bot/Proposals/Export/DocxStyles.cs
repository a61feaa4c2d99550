using DocumentFormat.OpenXml.Wordprocessing;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>
/// The styles part: Word's built-in style ids and names, so headings appear in the navigation pane and a table of
/// contents, and the document keeps its look when pasted into an authority's own template.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableGrid = "TableGrid";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph, StyleId = Normal, Default = true,
        },
        Paragraph(Title, "Title", outlineLevel: null, size: 48, spacingBefore: 0),
        Paragraph(Subtitle, "Subtitle", outlineLevel: null, size: 24, spacingBefore: 0),
        Paragraph(Heading1, "heading 1", outlineLevel: 0, size: 32, spacingBefore: 360),
        Paragraph(Heading2, "heading 2", outlineLevel: 1, size: 26, spacingBefore: 240),
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 39 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table, StyleId = TableGrid,
        },
        new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden())
        {
            Type = StyleValues.Table, StyleId = "TableNormal", Default = true,
        });

    private static Style Paragraph(string id, string name, int? outlineLevel, int size, int spacingBefore)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = spacingBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = outlineLevel is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
    }
}
