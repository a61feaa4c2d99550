namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>Where the end-to-end tests find the built bot and the pinned Playground package.</summary>
public static class RepositoryLayout
{
    /// <summary>The built bot: the project reference copies it beside the test assembly.</summary>
    public static string BotAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "MicroFuture.Bot.dll");

    /// <summary>The repository root: the first folder above the test assembly that holds MicroFuture.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's curated knowledge folder (what the bot answers from).</summary>
    public static string KnowledgeFolder { get; } = Path.Combine(Root, "knowledge");

    /// <summary>The npm package that pins the Agents Playground and holds its configuration file.</summary>
    public static string EndToEndFolder { get; } = Path.Combine(Root, "tests", "e2e");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MicroFuture.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds MicroFuture.sln.");
    }
}
