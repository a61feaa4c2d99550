namespace MicroFuture.Bot.Proposals;

/// <summary>
/// A partner's policy-improvement proposal, filled step by step by the proposal dialog and saved after each answer.
/// Plain mutable properties so it round-trips through System.Text.Json; free text is kept exactly as typed.
/// Unanswered parts are null (or empty lists).
/// </summary>
public sealed class ProposalDraft
{
    /// <summary>Stable id of the draft (32 hex characters).</summary>
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The draft's name in "my proposals"; the partner may rename it.</summary>
    public string Name { get; set; } = "";

    /// <summary>Channel user id of the author (<c>from.id</c>).</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>Entra object id of the author, when the channel gives one (Teams).</summary>
    public string? OwnerAadObjectId { get; set; }

    /// <summary>The partner organisation the proposal is for.</summary>
    public string? PartnerName { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    /// <summary>The territory (region, city, county) whose policy the proposal improves.</summary>
    public string? Territory { get; set; }

    public PolicyInstrument PolicyInstrument { get; set; } = new();

    /// <summary>The problem or gap the proposal answers.</summary>
    public string? Problem { get; set; }

    /// <summary>Lessons and good practices that inspire the proposal.</summary>
    public List<Inspiration> Inspirations { get; set; } = [];

    public ImprovementKind? ImprovementKind { get; set; }

    /// <summary>The actions, in order; no minimum or maximum number (domain B46).</summary>
    public List<ProposalAction> Actions { get; set; } = [];

    public string? ExpectedResults { get; set; }

    /// <summary>How the expected results will be monitored.</summary>
    public string? Monitoring { get; set; }

    /// <summary>Who has to approve the change, and how.</summary>
    public string? ApprovalPath { get; set; }

    public string? Risks { get; set; }
}
