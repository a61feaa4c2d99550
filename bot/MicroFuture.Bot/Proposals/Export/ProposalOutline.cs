using System.Globalization;

namespace MicroFuture.Bot.Proposals.Export;

/// <summary>
/// The exported document's content, built once from a draft and rendered by both writers so the .docx and the
/// Markdown always say the same. Built from the action-plan template (domain B43): general information, policy
/// context, actions, then results, monitoring, approval and risks. Every text is cleaned of characters XML forbids.
/// </summary>
public sealed record ProposalOutline(string Title, string Subtitle, IReadOnlyList<OutlineBlock> Blocks)
{
    public const string DefaultTitle = "Policy improvement proposal";

    public static readonly IReadOnlyList<string> ActionColumns =
        ["#", "Action", "Players", "Timeframe", "Estimated cost (EUR)", "Funding sources"];

    public static ProposalOutline From(ProposalDraft draft)
    {
        var title = Clean(draft.Name) ?? DefaultTitle;
        // The date of the last answer: the version of the proposal this document shows.
        var updated = draft.UpdatedUtc == default ? draft.CreatedUtc : draft.UpdatedUtc;
        var subtitle = string.Join(" · ", new[]
        {
            $"Partner: {Clean(draft.PartnerName) ?? ProposalFormat.NotAnswered}",
            $"Territory: {Clean(draft.Territory) ?? ProposalFormat.NotAnswered}",
            updated == default ? null : updated.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        }.OfType<string>());

        var instrument = draft.PolicyInstrument;
        List<OutlineBlock> blocks =
        [
            new HeadingBlock("1. General information", 1),
            new FieldBlock("Partner", Clean(draft.PartnerName)),
            new FieldBlock("Territory", Clean(draft.Territory)),
            new HeadingBlock("2. Policy context", 1),
            new HeadingBlock(ProposalSections.Instrument.Title, 2),
            new FieldBlock("Name", Clean(instrument.Name)),
            new FieldBlock("Managing authority", Clean(instrument.ManagingAuthority)),
            new FieldBlock("Kind", instrument.Kind is { } kind ? ProposalFormat.Label(kind) : null),
            new HeadingBlock(ProposalSections.Problem.Title, 2),
            new TextBlock(Clean(draft.Problem)),
            new HeadingBlock(ProposalSections.Inspirations.Title, 2),
        ];
        blocks.AddRange(draft.Inspirations.Count == 0
            ? [new TextBlock(null)]
            : draft.Inspirations.Select(i => new ItemBlock(Clean(i.Title) ?? ProposalFormat.NotAnswered, Clean(i.Note), Clean(i.SourceUrl))));
        blocks.Add(new HeadingBlock(ProposalSections.Improvement.Title, 2));
        blocks.Add(new TextBlock(draft.ImprovementKind is { } improvement ? ProposalFormat.Label(improvement) : null));

        blocks.Add(new HeadingBlock("3. Actions", 1));
        blocks.Add(draft.Actions.Count == 0 ? new TextBlock(null) : new TableBlock(ActionColumns, [.. draft.Actions.Select(ActionRow)]));

        blocks.AddRange(
        [
            new HeadingBlock("4. Expected results and monitoring", 1),
            new HeadingBlock(ProposalSections.ExpectedResults.Title, 2),
            new TextBlock(Clean(draft.ExpectedResults)),
            new HeadingBlock(ProposalSections.Monitoring.Title, 2),
            new TextBlock(Clean(draft.Monitoring)),
            new HeadingBlock("5. Approval and risks", 1),
            new HeadingBlock(ProposalSections.ApprovalPath.Title, 2),
            new TextBlock(Clean(draft.ApprovalPath)),
            new HeadingBlock(ProposalSections.Risks.Title, 2),
            new TextBlock(Clean(draft.Risks)),
        ]);
        return new ProposalOutline(title, subtitle, blocks);
    }

    private static IReadOnlyList<string> ActionRow(ProposalAction action, int index) =>
    [
        (index + 1).ToString(CultureInfo.InvariantCulture),
        Clean(action.Description) ?? ProposalFormat.NotAnswered,
        Clean(action.Players) ?? ProposalFormat.NotAnswered,
        ProposalFormat.Timeframe(action) ?? ProposalFormat.NotAnswered,
        action.EstimatedCostEur is { } cost ? ProposalFormat.Eur(cost) : ProposalFormat.NotAnswered,
        Clean(action.FundingSources) ?? ProposalFormat.NotAnswered,
    ];

    /// <summary>Null for a blank answer; otherwise the text without the characters XML 1.0 cannot hold.</summary>
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : XmlText.Clean(text);
}
