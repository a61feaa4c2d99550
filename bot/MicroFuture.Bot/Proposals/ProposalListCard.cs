using System.Globalization;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Proposals;

/// <summary><c>my proposals</c>: each draft with its name, progress and last change, and Resume / Rename / Delete buttons.</summary>
public static class ProposalListCard
{
    public static Attachment Create(IReadOnlyList<ProposalDraft> drafts)
    {
        var body = new List<object>
        {
            new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = "My proposals", ["size"] = "Large", ["weight"] = "Bolder" },
        };
        for (var i = 0; i < drafts.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            body.Add(new Dictionary<string, object>
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["items"] = new object[]
                {
                    new Dictionary<string, object> { ["type"] = "TextBlock", ["text"] = Line(drafts[i], i), ["wrap"] = true },
                    new Dictionary<string, object>
                    {
                        ["type"] = "ActionSet",
                        ["actions"] = new object[]
                        {
                            Submit("Resume", $"resume proposal {number}"),
                            new Dictionary<string, object>
                            {
                                ["type"] = "Action.ShowCard",
                                ["title"] = "Rename",
                                ["card"] = new Dictionary<string, object>
                                {
                                    ["type"] = "AdaptiveCard",
                                    ["body"] = new object[] { new Dictionary<string, object> { ["type"] = "Input.Text", ["id"] = "name", ["label"] = "New name", ["maxLength"] = 200 } },
                                    ["actions"] = new object[] { Submit("Save name", $"rename proposal {number}") },
                                },
                            },
                            Submit("Delete", $"delete proposal {number}"),
                        },
                    },
                },
            });
        }
        return Attachment.AdaptiveCard(body, actions: null);
    }

    /// <summary>The list as text, for clients that show no cards.</summary>
    public static string AsText(IReadOnlyList<ProposalDraft> drafts) =>
        "Your proposals:\n\n" + string.Join("\n", drafts.Select((d, i) => "- " + Line(d, i))) +
        "\n\n`resume proposal <n>`, `rename proposal <n> to <name>`, `delete proposal <n>`.";

    private static string Line(ProposalDraft draft, int index)
    {
        var (done, total) = ProposalSections.Progress(draft);
        var updated = draft.UpdatedUtc.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        return $"{index + 1}. **{draft.Name}** — {done}/{total} sections, updated {updated} UTC";
    }

    private static Dictionary<string, object> Submit(string title, string command) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new Dictionary<string, string> { ["command"] = command },
    };
}
