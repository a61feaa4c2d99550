using DocumentFormat.OpenXml.Wordprocessing;
using MicroFuture.Bot.Proposals;
using MicroFuture.Bot.Proposals.Export;

namespace MicroFuture.Bot.Tests.Proposals;

public sealed class ProposalDocxWriterTests
{
    [Fact]
    public void Write_CompleteDraft_ValidDocumentWithTitleAndPartnerLine()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        Assert.Empty(word.ValidationErrors());
        Assert.Equal(["Microcredit for social enterprises"], word.ParagraphsInStyle("Title"));
        Assert.Equal(["Partner: Metropolitan City of Bologna · Territory: Bologna metropolitan area · 27 November 2026"], word.ParagraphsInStyle("Subtitle"));
    }

    [Fact]
    public void Write_CompleteDraft_PartsAreHeadingsDefinedInStylesPart()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        Assert.Equal(
            ["1. General information", "2. Policy context", "3. Actions", "4. Expected results and monitoring", "5. Approval and risks"],
            word.ParagraphsInStyle("Heading1"));
        Assert.Equal(
            ["Policy instrument addressed", "Problem or gap addressed", "Lessons and good practices", "Kind of improvement", "Expected results", "Monitoring", "Approval path", "Risks"],
            word.ParagraphsInStyle("Heading2"));
        var heading1 = word.Styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("heading 1", heading1.StyleName!.Val!.Value);
        Assert.Equal(0, heading1.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        var heading2 = word.Styles.Elements<Style>().Single(s => s.StyleId == "Heading2");
        Assert.Equal(1, heading2.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void Write_CompleteDraft_EveryAnswerAppears()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        var text = word.AllText();
        Assert.All(ProposalSamples.Answers(draft), answer => Assert.Contains(answer, text));
        Assert.Contains(draft.Problem!, text); // its line break kept
        Assert.Contains("Investment for Jobs and Growth programme", text);
        Assert.Contains("Change in the management of the instrument", text);
        Assert.DoesNotContain(ProposalFormat.NotAnswered, text);
    }

    [Fact]
    public void Write_TwoActions_TableHasHeaderAndOneRowPerActionWithFormattedCost()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        var table = Assert.Single(word.Body.Elements<Table>());
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal(["#", "Action", "Players", "Timeframe", "Estimated cost (EUR)", "Funding sources"], rows[0]);
        Assert.Equal(["1", "Add a tutoring requirement to the microcredit call", "Managing authority; ENM tutors", "March 2026 – December 2027", "120,000", "ERDF technical assistance"], rows[1]);
        Assert.Equal(["2", "Train 40 tutors", "Chamber of Commerce", "15 September 2026 – Q1 2027", "1,250,000.50", "Regional budget"], rows[2]);
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void Write_IncompleteDraft_ValidWithMissingPartsMarked()
    {
        // Arrange
        var draft = ProposalSamples.Incomplete();

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        Assert.Empty(word.ValidationErrors());
        Assert.Equal(["Policy improvement proposal"], word.ParagraphsInStyle("Title"));
        var text = word.AllText();
        Assert.Contains("Partner: Region Örebro County", text);
        Assert.Contains("Territory: (not answered yet)", text);
        Assert.Contains("Managing authority: (not answered yet)", text);
        var row = Assert.Single(word.Body.Elements<Table>()).Elements<TableRow>().Last();
        Assert.Equal(["1", "Open a one-stop shop", "(not answered yet)", "(not answered yet)", "(not answered yet)", "(not answered yet)"], row.Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Write_EmptyDraft_EverySectionSaysNotAnswered()
    {
        // Arrange
        var draft = new ProposalDraft { OwnerId = "29:user-1" };

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        Assert.Empty(word.ValidationErrors());
        Assert.Empty(word.Body.Elements<Table>());
        var answers = word.Body.Elements<Paragraph>().Select(WordDocument.Text).Where(t => t == ProposalFormat.NotAnswered);
        Assert.Equal(8, answers.Count()); // problem, good practices, improvement, actions, results, monitoring, approval, risks
    }

    [Fact]
    public void Write_EmojiLongTextNewlinesAndControlCharacters_ValidAndKeptWithoutControlCharacters()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        var longAnswer = string.Concat(Enumerable.Repeat("Sustainable microcredit 🌱 ", 400))[..10_000];
        draft.Problem = longAnswer;
        draft.Risks = "Line one\u0001\u0008\u000B\u001F\r\nLine two 👩🏽‍💼 and a lone \uD800 surrogate\n\nThird paragraph  ";
        draft.Actions[0].Description = "Pipe | and\nnewline\u0007 in a cell 🇪🇺";
        draft.Name = "Proposal\u0000 name";

        // Act
        using var word = new WordDocument(ProposalDocxWriter.Write(draft));

        // Assert
        Assert.Empty(word.ValidationErrors());
        var text = word.AllText();
        Assert.Contains(longAnswer, text);
        Assert.Contains("Line one\nLine two 👩🏽‍💼 and a lone  surrogate\n\nThird paragraph  ", text);
        Assert.Contains("Pipe | and\nnewline in a cell 🇪🇺", text);
        Assert.Equal(["Proposal name"], word.ParagraphsInStyle("Title"));
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
    }
}
