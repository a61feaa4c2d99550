using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static MicroFuture.Bot.Tests.Proposals.ProposalAnswers;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>"show examples" uses the knowledge search when one is registered, with citations, and stays in the dialog.</summary>
public sealed class ProposalExamplesTests
{
    [Fact]
    public async Task ShowExamples_KnowledgeSearchRegistered_ShowsItsHitsWithCitationsThenSameQuestion()
    {
        // Arrange
        var document = new KnowledgeDocument("partners/bologna.md", "Bologna", [], "en", [], null, null, null, "hash");
        var source = new KnowledgeSource(1, "https://example.org/bologna-fund", new DateOnly(2026, 11, 27), "Bologna guarantee fund page");
        var section = new KnowledgeSection(document, ["Bologna", "Guarantee fund for micro-entrepreneurs"], "fund", "The metropolitan guarantee fund covers 80 % of microloans. [1]", [source]);
        var search = new FixedSearch(new KnowledgeSearchResult([new KnowledgeHit(section, 1, null, null)], "v1"));
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = new BotApplication();
        using var client = bot.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IKnowledgeSearch>(search))).CreateClient();
        var chat = new ProposalChat(client, connector);
        await chat.SayAsync("new proposal", "Which **partner**");
        await chat.SayAsync(Partner, "Which **territory**");

        // Act
        var atTerritory = await chat.SayAsync("show examples", "Examples are offered at");
        await chat.ExpectAsync("Which **territory**");
        await chat.SayAsync(Territory, "policy instrument");
        await chat.SayAsync(Instrument, "managing authority");
        await chat.SayAsync(Authority, "Which **kind**");
        await chat.SayAsync("2", "problem or gap");
        var examples = await chat.SayAsync("show examples", "Examples from the project's knowledge");
        var again = await chat.ExpectAsync("problem or gap");

        // Assert
        Assert.NotNull(atTerritory);
        Assert.Contains("**Guarantee fund for micro-entrepreneurs** — The metropolitan guarantee fund covers 80 % of microloans.", examples.Text, StringComparison.Ordinal);
        Assert.Contains("Source: Bologna guarantee fund page, https://example.org/bologna-fund (read 27 November 2026)", examples.Text, StringComparison.Ordinal);
        Assert.Contains("gap", search.Queries.Single(), StringComparison.Ordinal);
        Assert.NotNull(again);
    }

    private sealed class FixedSearch(KnowledgeSearchResult result) : IKnowledgeSearch
    {
        public List<string> Queries { get; } = [];

        public Task<KnowledgeSearchResult> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
        {
            Queries.Add(query);
            return Task.FromResult(result);
        }
    }
}
