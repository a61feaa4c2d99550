using System.Net;
using MicroFuture.Bot.Proposals;
using MicroFuture.Bot.Proposals.Export;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Proposals;

public sealed class ProposalExporterTests
{
    [Fact]
    public async Task ExportAsync_Docx_LinkDownloadsAValidDocumentWithEveryAnswer()
    {
        // Arrange
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var draft = ProposalSamples.Complete();

        // Act
        var link = await bot.Services.GetRequiredService<ProposalExporter>().ExportAsync(draft, ProposalExportFormat.Docx);
        var response = await client.GetAsync(link.Path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Microcredit for social enterprises.docx", response.Content.Headers.ContentDisposition!.FileName);
        using var word = new WordDocument(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(word.ValidationErrors());
        Assert.All(ProposalSamples.Answers(draft), answer => Assert.Contains(answer, word.AllText()));
    }

    [Fact]
    public async Task ExportAsync_MarkdownOfUnnamedDraft_DefaultFileNameAndMarkdownContent()
    {
        // Arrange
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var draft = new ProposalDraft { OwnerId = "29:user-1", PartnerName = "Yunus Foundation Italy" };

        // Act
        var link = await bot.Services.GetRequiredService<ProposalExporter>().ExportAsync(draft, ProposalExportFormat.Markdown);
        var response = await client.GetAsync(link.Path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Policy improvement proposal.md", link.FileName);
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Policy improvement proposal\n\n*Partner: Yunus Foundation Italy · Territory: (not answered yet)*\n", markdown);
    }
}
