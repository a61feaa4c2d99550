using System.Globalization;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Proposals.Dialog;

/// <summary>
/// The review: an Adaptive Card 1.5 with every section's answer (shortened; the export holds the full text), an
/// Edit button per section (<c>{command:"edit-proposal-section", section:key}</c>) and Export.
/// </summary>
public static class ReviewCard
{
    public const string EditCommand = "edit-proposal-section";
    public const string ExportCommand = "export-proposal";
    private const int ShownLength = 300;

    public static Attachment Create(ProposalDraft draft)
    {
        var (done, total) = ProposalSections.Progress(draft);
        var body = new List<object>
        {
            new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = Name(draft), ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true },
            new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = $"{done} of {total} sections answered. Edit any section, or export the proposal.", ["wrap"] = true, ["isSubtle"] = true },
        };
        foreach (var section in ProposalSections.All)
        {
            body.Add(new Dictionary<string, object>
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new object[]
                {
                    new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = section.Title, ["weight"] = "Bolder", ["wrap"] = true },
                    new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = Shorten(Summary(draft, section.Key)), ["wrap"] = true },
                    new Dictionary<string, object>
                    {
                        ["type"] = "ActionSet",
                        ["actions"] = new object[] { Submit("Edit", new Dictionary<string, string> { ["command"] = EditCommand, ["section"] = section.Key }) },
                    },
                },
            });
        }
        return Attachment.AdaptiveCard(body, new object[] { Submit("Export (.docx and .md)", new Dictionary<string, string> { ["command"] = ExportCommand }) });
    }

    /// <summary>The draft's name as shown to its author.</summary>
    public static string Name(ProposalDraft draft) => string.IsNullOrWhiteSpace(draft.Name) ? "Policy improvement proposal" : draft.Name;

    /// <summary>One section's answer in one text.</summary>
    public static string Summary(ProposalDraft draft, string sectionKey)
    {
        var instrument = draft.PolicyInstrument;
        var text = sectionKey switch
        {
            "partner" => Join(draft.PartnerName, draft.Territory),
            "instrument" => Join(instrument.Name, instrument.ManagingAuthority, instrument.Kind is { } kind ? ProposalFormat.Label(kind) : null),
            "problem" => draft.Problem,
            "inspirations" => Join([.. draft.Inspirations.Select(i => i.Title)]),
            "improvement" => draft.ImprovementKind is { } improvement ? ProposalFormat.Label(improvement) : null,
            "actions" => Join([.. draft.Actions.Select((a, i) => string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. {a.Description} ({ProposalFormat.Timeframe(a)}; EUR {(a.EstimatedCostEur is { } cost ? ProposalFormat.Eur(cost) : "?")})"))]),
            "results" => draft.ExpectedResults,
            "monitoring" => draft.Monitoring,
            "approval" => draft.ApprovalPath,
            "risks" => draft.Risks,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? ProposalFormat.NotAnswered : text;
    }

    private static string? Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } present ? string.Join(" · ", present) : null;

    private static string Shorten(string text) => text.Length <= ShownLength ? text : text[..ShownLength] + "…";

    private static Dictionary<string, object> Submit(string title, Dictionary<string, string> data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };
}
