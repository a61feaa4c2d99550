namespace MicroFuture.Bot.Proposals;

/// <summary>
/// One part of a proposal: a stable key (for edit actions and dialog steps), the title shown to the partner and in
/// the documents, and the rule that says whether it has been answered.
/// </summary>
public sealed record ProposalSection(string Key, string Title, bool IsOptional, Func<ProposalDraft, bool> IsComplete);
