using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Help;

/// <summary>The Adaptive Card (1.5) that answers <c>help</c>: what the bot is for and each command, with a button to try it.</summary>
public static class HelpCard
{
    public const string Intro = "I am the MicroFuture assistant for the partners of the MICROFUTURE Interreg Europe project.";

    public static Attachment Create(HelpCatalog catalog)
    {
        var facts = new JsonArray();
        foreach (var entry in catalog.Entries)
        {
            facts.Add(new JsonObject { ["title"] = entry.Command, ["value"] = entry.Description });
        }
        var actions = new JsonArray();
        foreach (var entry in catalog.Entries.Take(5))
        {
            actions.Add(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = entry.Command,
                ["data"] = new JsonObject { ["command"] = entry.Command },
            });
        }
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "What I can do", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = Intro, ["wrap"] = true },
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        return Attachment.AdaptiveCard(body, actions);
    }

    /// <summary>The same content as plain text, for clients that do not render cards.</summary>
    public static string AsText(HelpCatalog catalog) =>
        Intro + "\n\n" + string.Join("\n", catalog.Entries.Select(e => $"- {e.Command}: {e.Description}"));
}
