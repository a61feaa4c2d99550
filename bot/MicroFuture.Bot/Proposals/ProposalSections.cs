namespace MicroFuture.Bot.Proposals;

/// <summary>The catalogue of a proposal's sections, in dialog and document order; used for progress and review.</summary>
public static class ProposalSections
{
    public static readonly ProposalSection Partner = new("partner", "Partner and territory", false,
        d => Answered(d.PartnerName) && Answered(d.Territory));

    public static readonly ProposalSection Instrument = new("instrument", "Policy instrument addressed", false,
        d => Answered(d.PolicyInstrument.Name) && Answered(d.PolicyInstrument.ManagingAuthority) && d.PolicyInstrument.Kind is not null);

    public static readonly ProposalSection Problem = new("problem", "Problem or gap addressed", false, d => Answered(d.Problem));

    public static readonly ProposalSection Inspirations = new("inspirations", "Lessons and good practices", false,
        d => d.Inspirations.Count > 0 && d.Inspirations.All(i => Answered(i.Title)));

    public static readonly ProposalSection Improvement = new("improvement", "Kind of improvement", false, d => d.ImprovementKind is not null);

    public static readonly ProposalSection Actions = new("actions", "Actions", false,
        d => d.Actions.Count > 0 && d.Actions.All(IsComplete));

    public static readonly ProposalSection ExpectedResults = new("results", "Expected results", false, d => Answered(d.ExpectedResults));

    public static readonly ProposalSection Monitoring = new("monitoring", "Monitoring", false, d => Answered(d.Monitoring));

    public static readonly ProposalSection ApprovalPath = new("approval", "Approval path", false, d => Answered(d.ApprovalPath));

    public static readonly ProposalSection Risks = new("risks", "Risks", true, d => Answered(d.Risks));

    public static IReadOnlyList<ProposalSection> All { get; } =
        [Partner, Instrument, Problem, Inspirations, Improvement, Actions, ExpectedResults, Monitoring, ApprovalPath, Risks];

    /// <summary>The section with this key (case-insensitive), or null.</summary>
    public static ProposalSection? Find(string key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first section still to answer (optional ones included), or null when all are answered.</summary>
    public static ProposalSection? FirstIncomplete(ProposalDraft draft) => All.FirstOrDefault(s => !s.IsComplete(draft));

    /// <summary>How many sections are answered, out of how many.</summary>
    public static (int Completed, int Total) Progress(ProposalDraft draft) => (All.Count(s => s.IsComplete(draft)), All.Count);

    /// <summary>True when every required section is answered: the proposal can be exported as final.</summary>
    public static bool IsReady(ProposalDraft draft) => All.All(s => s.IsOptional || s.IsComplete(draft));

    /// <summary>An action is complete when every field is given and its end is not before its start.</summary>
    public static bool IsComplete(ProposalAction action) =>
        Answered(action.Description) && Answered(action.Players) && action.Start is { } start && action.End is { } end
        && end >= start && action.EstimatedCostEur is >= 0 && Answered(action.FundingSources);

    private static bool Answered(string? text) => !string.IsNullOrWhiteSpace(text);
}
