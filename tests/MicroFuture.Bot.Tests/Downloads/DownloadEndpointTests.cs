using System.Net;
using System.Text;
using MicroFuture.Bot.Downloads;
using MicroFuture.Bot.Proposals.Export;
using MicroFuture.Bot.Tests.Proposals;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MicroFuture.Bot.Tests.Downloads;

public sealed class DownloadEndpointTests
{
    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes("# Proposal\n");

    [Fact]
    public async Task Get_CreatedDocx_ServesBytesAsAttachmentWithWordContentType()
    {
        // Arrange
        await using var bot = new BotApplication(new Dictionary<string, string?> { ["Downloads:PublicBaseUrl"] = "https://bot.example.org/microfuture" });
        using var client = bot.CreateClient();
        var docx = ProposalDocxWriter.Write(ProposalSamples.Complete());
        var link = await bot.Services.GetRequiredService<DownloadStore>().CreateAsync("Proposal.docx", ProposalDocxWriter.ContentType, docx, "29:user-1");

        // Act
        var response = await client.GetAsync(link.Path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(docx, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(ProposalDocxWriter.ContentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Proposal.docx", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal($"https://bot.example.org/microfuture/downloads/{link.Token}/Proposal.docx", link.Url.AbsoluteUri);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", link.Token);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Get_NonAsciiMarkdownFileName_Utf8MarkdownWithFilenameStar()
    {
        // Arrange
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var markdown = ProposalMarkdownWriter.WriteBytes(ProposalSamples.Complete());
        var link = await bot.Services.GetRequiredService<DownloadStore>().CreateAsync("Proposta – Città/Örebro.md", ProposalMarkdownWriter.ContentType, markdown, "29:user-1");

        // Act
        var response = await client.GetAsync(link.Url.PathAndQuery);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(markdown, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Proposta – CittàÖrebro.md", link.FileName);
        Assert.Equal("Proposta – CittàÖrebro.md", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.StartsWith("http://localhost:3978/downloads/", link.Url.AbsoluteUri); // the listening address from appsettings.json
    }

    [Fact]
    public async Task Get_UnknownMalformedOrMismatchedLink_NotFound()
    {
        // Arrange
        await using var bot = new BotApplication();
        using var client = bot.CreateClient();
        var store = bot.Services.GetRequiredService<DownloadStore>();
        var link = await store.CreateAsync("Proposal.md", ProposalMarkdownWriter.ContentType, Bytes, "29:user-1");
        var other = await store.CreateAsync("Other.md", ProposalMarkdownWriter.ContentType, Bytes, "29:user-2");
        var otherToken = link.Token[..^1] + (link.Token[^1] == 'A' ? 'B' : 'A');

        // Act
        var statuses = await Task.WhenAll(
            new[]
            {
                $"/downloads/{otherToken}/Proposal.md",
                $"/downloads/{link.Token[..^1]}/Proposal.md",
                $"/downloads/{link.Token}x/Proposal.md",
                $"/downloads/{link.Token}/proposal.md",
                $"/downloads/{link.Token}/Other.md",
                $"/downloads/{other.Token}/Proposal.md",
                "/downloads/../Proposal.md",
            }.Select(async path => (await client.GetAsync(path)).StatusCode));

        // Assert
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.Path)).StatusCode);
    }

    [Fact]
    public async Task Get_AfterLifetime_NotFoundAndFilesDeleted()
    {
        // Arrange
        await using var bot = new BotApplication();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var host = DownloadHost.On(bot, clock, cleanup: false); // the request alone deletes the expired file
        using var client = host.CreateClient();
        var link = await host.Store().CreateAsync("Proposal.md", ProposalMarkdownWriter.ContentType, Bytes, "29:user-1", TimeSpan.FromDays(7));
        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        var beforeExpiry = await client.GetAsync(link.Path);

        // Act
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterExpiry = await client.GetAsync(link.Path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, beforeExpiry.StatusCode);
        Assert.Equal(link.ExpiresUtc, clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.NotFound, afterExpiry.StatusCode);
        Assert.Empty(DownloadHost.StoredFiles(bot));
    }

    [Fact]
    public async Task Cleanup_PeriodicRunAfterExpiry_DeletesExpiredFilesOnly()
    {
        // Arrange
        await using var bot = new BotApplication();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        var host = DownloadHost.On(bot, clock);
        var cleanup = host.Cleanup();
        var swept = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        cleanup.Swept += count => { if (count > 0) swept.TrySetResult(count); };
        var shortLived = await host.Store().CreateAsync("Short.md", ProposalMarkdownWriter.ContentType, Bytes, "29:user-1", TimeSpan.FromMinutes(30));
        var longLived = await host.Store().CreateAsync("Long.md", ProposalMarkdownWriter.ContentType, Bytes, "29:user-1", TimeSpan.FromDays(7));

        // Act
        clock.Advance(DownloadCleanupService.Interval);
        var deleted = await swept.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal(1, deleted);
        Assert.Equal(2, DownloadHost.StoredFiles(bot).Length); // the long-lived file and its sidecar
        Assert.Null(await host.Store().FindAsync(shortLived.Token, shortLived.FileName));
        Assert.NotNull(await host.Store().FindAsync(longLived.Token, longLived.FileName));
    }

    [Fact]
    public async Task DeleteExpiredAsync_FileLeftWithoutSidecarByACrash_DeletedAtTheNextSweep()
    {
        // Arrange
        await using var bot = new BotApplication();
        var store = DownloadHost.On(bot, cleanup: false).Store(); // only the sweeps this test runs
        var folder = Path.Combine(bot.DataDirectory, DownloadStore.FolderName);
        var crashed = Path.Combine(folder, new string('a', 64) + ".bin.tmp");
        await File.WriteAllBytesAsync(crashed, Bytes);
        await store.DeleteExpiredAsync();
        var keptAtFirstSweep = File.Exists(crashed);
        var fresh = Path.Combine(folder, new string('b', 64) + ".bin");
        await File.WriteAllBytesAsync(fresh, Bytes);

        // Act
        await store.DeleteExpiredAsync();

        // Assert
        Assert.True(keptAtFirstSweep); // may have been a creation in progress
        Assert.False(File.Exists(crashed));
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public async Task Get_NewHostOnSameDataDirectory_LinkStillServed()
    {
        // Arrange
        await using var bot = new BotApplication();
        DownloadLink link;
        await using (var before = DownloadHost.On(bot))
        {
            link = await before.Store().CreateAsync("Proposal.md", ProposalMarkdownWriter.ContentType, Bytes, "29:user-1");
        }
        await using var after = DownloadHost.On(bot);
        using var client = after.CreateClient();

        // Act
        var response = await client.GetAsync(link.Path);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Bytes, await response.Content.ReadAsByteArrayAsync());
    }
}
