using MicroFuture.Bot.Help;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Knowledge.Presentation;

namespace MicroFuture.Bot.Knowledge.Answers;

/// <summary>Registers answers (keys <c>Knowledge:MinSimilarity</c>, <c>Knowledge:MinLexicalScore</c>, ... and section <c>AzureOpenAI</c>).</summary>
public static class AnswerServiceCollectionExtensions
{
    /// <summary>The answerer needs an <see cref="IKnowledgeSearch"/>; without one, questions get a plain "not available".</summary>
    public static IServiceCollection AddKnowledgeAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddOptions<AnswerOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.AddOptions<AzureOpenAIOptions>().Bind(configuration.GetSection(AzureOpenAIOptions.SectionName));
        services.AddSingleton<CountryMentions>();
        services.AddSingleton<FollowUpRewriter>();
        services.AddSingleton<Abstention>();
        services.AddSingleton<AnswerGeneration>();
        services.AddSingleton<AnswerStreaming>();
        // A factory, so the host validates without an index; it is resolved only when IKnowledgeSearch is there.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<KnowledgeAnswerer>(sp));
        services.AddSingleton<KnowledgeChat>();
        services.AddSingleton<IBotFeature, KnowledgeFeature>();
        // The help card's button sends the command itself, so the entry is "ask" (which then asks for the question).
        services.AddSingleton(new HelpEntry("ask", "ask <question>: an answer about microfinance or the project from the curated knowledge, with its sources. Questions typed without \"ask\" work too.", Order: 10));
        return services;
    }
}
