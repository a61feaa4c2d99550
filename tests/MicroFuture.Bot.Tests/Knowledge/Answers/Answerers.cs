using MicroFuture.Bot.Knowledge;
using MicroFuture.Bot.Knowledge.Answers;
using MicroFuture.Bot.Schedule;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Tests.Knowledge.Answers;

/// <summary>The product's answerer wired by hand around a given search, as the host wires it.</summary>
internal static class Answerers
{
    /// <summary>Thresholds for <see cref="WordOverlapSearch"/>: 60 % of the question's words, or 3 words.</summary>
    public static AnswerOptions Options() => new() { MinSimilarity = 0.6, MinLexicalScore = 9 };

    public static ProjectDirectory Directory(params string[] coordinators) => new(Microsoft.Extensions.Options.Options.Create(new ProjectDirectoryOptions
    {
        Coordinators = [.. coordinators],
        Partners =
        [
            new PartnerOrganisation { Name = "Metropolitan City of Bologna", Country = "Italy" },
            new PartnerOrganisation { Name = "Development Centre Heart of Slovenia", Country = "Slovenia" },
            new PartnerOrganisation { Name = "Region Örebro County", Country = "Sweden" },
            new PartnerOrganisation { Name = "County of Seine-Saint-Denis", Country = "France" },
            new PartnerOrganisation { Name = "Yunus Foundation Italy", Country = "Italy" },
        ],
    }));

    public static KnowledgeAnswerer Create(IKnowledgeSearch search, AzureOpenAIOptions? azure = null) => Create(search, Options(), azure);

    /// <summary>The answerer with the given thresholds (e.g. the configured ones, for the real index).</summary>
    public static KnowledgeAnswerer Create(IKnowledgeSearch search, AnswerOptions options, AzureOpenAIOptions? azure = null)
    {
        var mentions = new CountryMentions(Directory());
        return new KnowledgeAnswerer(
            search,
            new MemoryCache(new MemoryCacheOptions()),
            Microsoft.Extensions.Options.Options.Create(options),
            new FollowUpRewriter(mentions),
            new Abstention(mentions),
            mentions,
            new AnswerGeneration(Microsoft.Extensions.Options.Options.Create(azure ?? new AzureOpenAIOptions())),
            NullLogger<KnowledgeAnswerer>.Instance);
    }
}
