using MicroFuture.Bot.Proposals;
using MicroFuture.Bot.Proposals.Export;

namespace MicroFuture.Bot.Tests.Proposals;

public sealed class ProposalMarkdownWriterTests
{
    [Fact]
    public void Write_CompleteDraft_TitleHeadingsAndEveryAnswer()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        var markdown = ProposalMarkdownWriter.Write(draft);

        // Assert
        var lines = markdown.Split('\n');
        Assert.Equal("# Microcredit for social enterprises", lines[0]);
        Assert.Contains("*Partner: Metropolitan City of Bologna · Territory: Bologna metropolitan area · 27 November 2026*", lines);
        Assert.Equal(
            ["## 1. General information", "## 2. Policy context", "## 3. Actions", "## 4. Expected results and monitoring", "## 5. Approval and risks"],
            lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Equal(8, lines.Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
        Assert.Contains("**Managing authority:** Emilia-Romagna Region", lines);
        Assert.All(ProposalSamples.Answers(draft), answer => Assert.Contains(answer, markdown));
        Assert.Contains("Micro-entrepreneurs excluded from bank credit get no tutoring.  \nMost give up within a year.", markdown);
        Assert.DoesNotContain(ProposalFormat.NotAnswered, markdown);
    }

    [Fact]
    public void Write_TwoActions_TableWithOneRowPerActionAndFormattedCost()
    {
        // Arrange
        var draft = ProposalSamples.Complete();

        // Act
        var markdown = ProposalMarkdownWriter.Write(draft);

        // Assert
        var table = markdown.Split('\n').Where(l => l.StartsWith('|')).ToArray();
        Assert.Equal(
            [
                "| # | Action | Players | Timeframe | Estimated cost (EUR) | Funding sources |",
                "| --- | --- | --- | --- | --- | --- |",
                "| 1 | Add a tutoring requirement to the microcredit call | Managing authority; ENM tutors | March 2026 – December 2027 | 120,000 | ERDF technical assistance |",
                "| 2 | Train 40 tutors | Chamber of Commerce | 15 September 2026 – Q1 2027 | 1,250,000.50 | Regional budget |",
            ],
            table);
    }

    [Fact]
    public void Write_PipesNewlinesAndMarkupInCell_StayInOneEscapedCell()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        draft.Actions = [draft.Actions[0]];
        draft.Actions[0].Description = "Fund A | B\r\nthen *C* <script>\n# not a heading";

        // Act
        var markdown = ProposalMarkdownWriter.Write(draft);

        // Assert
        var row = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| 1 |", StringComparison.Ordinal));
        Assert.Equal(@"| 1 | Fund A \| B<br>then \*C\* \<script\><br># not a heading | Managing authority; ENM tutors | March 2026 – December 2027 | 120,000 | ERDF technical assistance |", row);
        Assert.Equal(6, row.Split(" | ").Length);
    }

    [Fact]
    public void Write_MarkdownSyntaxInFreeText_Escaped()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        draft.Risks = "# Not a heading\n- not a list\n1. not numbered\n> not a quote\n    not code\nsnake_case and [link](x) stay text";

        // Act
        var markdown = ProposalMarkdownWriter.Write(draft);

        // Assert
        Assert.Contains("\\# Not a heading  \n\\- not a list  \n1\\. not numbered  \n\\> not a quote  \nnot code  \nsnake\\_case and \\[link\\](x) stay text", markdown);
    }

    [Fact]
    public void Write_IncompleteDraft_MissingPartsMarked()
    {
        // Arrange
        var draft = ProposalSamples.Incomplete();

        // Act
        var markdown = ProposalMarkdownWriter.Write(draft);

        // Assert
        var lines = markdown.Split('\n');
        Assert.Equal("# Policy improvement proposal", lines[0]);
        Assert.Contains("**Territory:** (not answered yet)", lines);
        Assert.Contains("| 1 | Open a one-stop shop | (not answered yet) | (not answered yet) | (not answered yet) | (not answered yet) |", lines);
        Assert.Equal("(not answered yet)", lines[Array.IndexOf(lines, "### Expected results") + 2]);
    }

    [Fact]
    public void WriteBytes_EmojiLongTextAndControlCharacters_Utf8WithoutControlCharacters()
    {
        // Arrange
        var draft = ProposalSamples.Complete();
        var longAnswer = string.Concat(Enumerable.Repeat("Sustainable microcredit 🌱 ", 400))[..10_000];
        draft.Problem = longAnswer;
        draft.Monitoring = "Dashboards\u0001\u001B 📊";

        // Act
        var bytes = ProposalMarkdownWriter.WriteBytes(draft);

        // Assert
        var markdown = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains(longAnswer, markdown);
        Assert.Contains("Dashboards 📊", markdown);
        Assert.DoesNotContain(markdown, c => char.IsControl(c) && c != '\n');
    }
}
