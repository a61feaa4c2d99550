using MicroFuture.Bot.Knowledge;

namespace MicroFuture.Bot.Tests.Knowledge;

public sealed class KnowledgeFileParserTests
{
    private readonly KnowledgeFileParser parser = new();

    [Fact]
    public void Parse_NestedHeadings_EachSectionCarriesItsFullHeadingPath()
    {
        // Arrange
        var content = KnowledgeSamples.File("""
            # Microcredit in Utopia

            Utopia has one microcredit law. [1]

            ## Utopian microcredit ceiling

            ### Ceiling for businesses

            The Utopian business ceiling is EUR 25,000. [2]

            ## Utopian guarantee fund

            The Utopian guarantee fund covers 80%. [1]
            """);

        // Act
        var file = parser.Parse("utopia.md", content);

        // Assert
        Assert.True(file.IsValid, string.Join("; ", file.Errors));
        Assert.Collection(file.Sections,
            intro => Assert.Equal(["Microcredit in Utopia"], intro.HeadingPath),
            business =>
            {
                Assert.Equal(["Microcredit in Utopia", "Utopian microcredit ceiling", "Ceiling for businesses"], business.HeadingPath);
                Assert.Equal("ceiling-for-businesses", business.Anchor);
                Assert.Equal("The Utopian business ceiling is EUR 25,000. [2]", business.Text);
            },
            fund => Assert.Equal(["Microcredit in Utopia", "Utopian guarantee fund"], fund.HeadingPath));
    }

    [Fact]
    public void Parse_Markers_ResolveToTheSourcesCitedInEachSection()
    {
        // Arrange
        var content = KnowledgeSamples.File("""
            # Sample

            ## Both sources

            A first fact. [2] A second fact. [1] [2]

            ## No marker

            A fact not found in the sources curated for this folder.
            """);

        // Act
        var file = parser.Parse("sample.md", content);

        // Assert
        Assert.True(file.IsValid, string.Join("; ", file.Errors));
        var both = file.Sections[0];
        Assert.Equal([1, 2], both.Citations.Select(s => s.Number));
        Assert.Equal("https://example.org/first", both.Citations[0].Url);
        Assert.Equal(new DateOnly(2026, 11, 27), both.Citations[0].Read);
        Assert.Equal("First source", both.Citations[0].Title);
        Assert.Equal("http://archive.example.org/second", both.Citations[1].Url);
        Assert.Null(both.Citations[1].Title);
        Assert.Empty(file.Sections[1].Citations);
    }

    [Fact]
    public void Parse_FrontMatter_FillsTheDocument()
    {
        // Act
        var file = parser.Parse("partners/utopia.md", KnowledgeSamples.File("# Sample\n\nA fact. [1]\n"));

        // Assert
        var document = file.Document!;
        Assert.Equal("partners/utopia.md", document.Path);
        Assert.Equal("Sample: microcredit in Utopia", document.Title);
        Assert.Equal("en", document.Language);
        Assert.Equal(["sample", "microcredit"], document.Topics);
        Assert.Null(document.Partner);
        Assert.Equal(new DateOnly(2026, 11, 27), document.Reviewed);
        Assert.Equal(new DateOnly(2027, 5, 27), document.ReviewBy);
        Assert.Equal(2, document.Sources.Count);
        Assert.Matches("^[0-9a-f]{64}$", document.ContentHash);
        Assert.NotEqual(document.ContentHash, parser.Parse("partners/utopia.md", KnowledgeSamples.File("# Sample\n\nA fact changed. [1]\n")).Document!.ContentHash);
    }

    [Fact]
    public void Parse_Table_EachRowReadsWithItsColumnHeaders()
    {
        // Arrange
        var content = KnowledgeSamples.File("""
            # Glossary

            | EN | FR | IT |
            |---|---|---|
            | microcredit | microcrédit [1] | microcredito [2] |
            | guarantee | garantie | |
            """);

        // Act
        var file = parser.Parse("glossary.md", content);

        // Assert
        var section = Assert.Single(file.Sections);
        Assert.Equal("EN: microcredit | FR: microcrédit [1] | IT: microcredito [2]\n\nEN: guarantee | FR: garantie", section.Text);
        Assert.Equal([1, 2], section.Citations.Select(s => s.Number));
    }

    [Fact]
    public void Parse_ListsAndLinks_ReadAsItemsWithTheLinkAddressKept()
    {
        // Arrange
        var content = KnowledgeSamples.File("""
            # Sample

            The **two** schemes: [1]

            - Scheme *A*, see [the call](https://example.org/call). [2]
            - Scheme `B`.
            """);

        // Act
        var file = parser.Parse("lists.md", content);

        // Assert
        var section = Assert.Single(file.Sections);
        Assert.Equal("The two schemes: [1]\n\n- Scheme A, see the call (https://example.org/call). [2]\n\n- Scheme B.", section.Text);
        Assert.Equal([1, 2], section.Citations.Select(s => s.Number));
    }

    [Fact]
    public void Parse_EmojiAndUnicode_AreKeptInHeadingsAndText()
    {
        // Arrange
        var content = KnowledgeSamples.File("""
            # Region Örebro län 🇸🇪

            ## Mikrolån and finanțare 💶 in Česká/Slovenija

            Almi's mikrolån reaches ≥ 50 000 kr; „quoted“ text, 中文 and 🚀 stay as written. [1]
            """);

        // Act
        var file = parser.Parse("unicode.md", content);

        // Assert
        Assert.True(file.IsValid, string.Join("; ", file.Errors));
        var section = Assert.Single(file.Sections);
        Assert.Equal(["Region Örebro län 🇸🇪", "Mikrolån and finanțare 💶 in Česká/Slovenija"], section.HeadingPath);
        Assert.Equal("Almi's mikrolån reaches ≥ 50 000 kr; „quoted“ text, 中文 and 🚀 stay as written. [1]", section.Text);
        Assert.NotEmpty(section.Anchor);
    }

    [Fact]
    public void Parse_WindowsLineEndings_ParseLikeUnixOnes()
    {
        // Arrange
        var unix = KnowledgeSamples.File("# Sample\n\n## A section\n\nA fact\non two lines. [2]\n");

        // Act
        var file = parser.Parse("crlf.md", unix.ReplaceLineEndings("\r\n"));

        // Assert
        Assert.True(file.IsValid, string.Join("; ", file.Errors));
        Assert.Equal("Sample: microcredit in Utopia", file.Document!.Title);
        var section = Assert.Single(file.Sections);
        Assert.Equal(["Sample", "A section"], section.HeadingPath);
        Assert.Equal("A fact on two lines. [2]", section.Text);
    }

    [Fact]
    public void Parse_VeryLongSection_IsSplitBetweenParagraphsWithTheHeadingPathRepeated()
    {
        // Arrange
        var paragraphs = Enumerable.Range(1, 30).Select(n => $"Paragraph {n}: " + string.Concat(Enumerable.Repeat("a microcredit fact ", 20)) + $"[{n % 2 + 1}]").ToList();
        var content = KnowledgeSamples.File("# Long file\n\n## One very long section\n\n" + string.Join("\n\n", paragraphs) + "\n");

        // Act
        var file = parser.Parse("long.md", content);

        // Assert
        Assert.True(file.IsValid, string.Join("; ", file.Errors));
        Assert.True(file.Sections.Count > 1);
        Assert.All(file.Sections, part =>
        {
            Assert.Equal(["Long file", "One very long section"], part.HeadingPath);
            Assert.Equal("one-very-long-section", part.Anchor);
            Assert.InRange(part.Text.Length, 1, KnowledgeFileParser.DefaultMaxSectionCharacters);
            Assert.NotEmpty(part.Citations);
        });
        // No paragraph is cut, and none is lost or repeated.
        Assert.Equal(paragraphs, file.Sections.SelectMany(part => part.Text.Split("\n\n")));
    }
}
