using System.Text.Json.Nodes;
using MicroFuture.Bot.Help;
using MicroFuture.Bot.Teams;
using MicroFuture.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MicroFuture.Bot.Tests.Teams;

/// <summary>
/// The command suggestions Teams shows (the manifest's command lists) are commands the bot really has: the same
/// seven in every scope, each one the help card also lists.
/// </summary>
public sealed class ManifestCommandsTests
{
    private static readonly string[] Scopes = ["personal", "team", "groupChat"];
    private static readonly string[] Commands = ["help", "ask", "new proposal", "my proposals", "meetings", "schedule", "mute reminders"];

    private static List<(string Scope, string Title, string Description)> ManifestCommands()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestFolder.Locate(), ManifestFolder.TemplateFile)))!;
        return
        [
            .. manifest["bots"]![0]!["commandLists"]!.AsArray()
                .SelectMany(list => list!["scopes"]!.AsArray().Select(scope => (string)scope!)
                    .SelectMany(scope => list["commands"]!.AsArray().Select(c => (scope, (string)c!["title"]!, (string)c["description"]!)))),
        ];
    }

    [Fact]
    public void CommandLists_EveryBotScope_SuggestTheSevenCommandsInOrder()
    {
        // Act
        var commands = ManifestCommands();

        // Assert
        foreach (var scope in Scopes)
        {
            Assert.Equal(Commands, commands.Where(c => c.Scope == scope).Select(c => c.Title));
        }
        Assert.All(commands, c => Assert.InRange(c.Description.Length, 1, 128)); // the schema's limit
    }

    [Fact]
    public async Task CommandLists_EachTitle_IsACommandTheHelpCardLists()
    {
        // Arrange
        await using var bot = new BotApplication();
        var helped = bot.Services.GetRequiredService<HelpCatalog>().Entries.Select(e => e.Command).ToHashSet();

        // Act
        var titles = ManifestCommands().Select(c => c.Title).Distinct();

        // Assert
        Assert.All(titles, title => Assert.Contains(title, helped));
    }
}
