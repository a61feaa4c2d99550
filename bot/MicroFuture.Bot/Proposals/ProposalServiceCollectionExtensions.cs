using MicroFuture.Bot.Help;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Proposals.Dialog;
using MicroFuture.Bot.Proposals.Store;

namespace MicroFuture.Bot.Proposals;

/// <summary>Registers the policy change clinic: draft store, dialog, examples and the <see cref="ProposalFeature"/>.</summary>
public static class ProposalServiceCollectionExtensions
{
    /// <summary>Call before the help feature is registered: while a proposal dialog runs, "help" belongs to its step.</summary>
    public static IServiceCollection AddProposals(this IServiceCollection services)
    {
        services.AddSingleton<ProposalStore>();
        services.AddSingleton<GoodPractices>();
        services.AddSingleton<ProposalExamples>();
        services.AddSingleton<ProposalDialog>();
        services.AddSingleton<IBotFeature, ProposalFeature>();
        services.AddSingleton(new HelpEntry("new proposal", "Draft a policy-improvement proposal step by step (policy change clinic); every answer is saved as you go.", Order: 30));
        services.AddSingleton(new HelpEntry("my proposals", "Your proposal drafts: resume, rename or delete them.", Order: 31));
        return services;
    }
}
