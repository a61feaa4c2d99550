namespace MicroFuture.Bot.Hosting;

/// <summary>
/// Finds the one <c>appsettings.json</c>: at the repository root when run from source (two folders above the
/// project), else beside the program (published builds copy it there).
/// </summary>
public static class ConfigurationFile
{
    public const string FileName = "appsettings.json";

    /// <summary>The full path of the configuration file to read.</summary>
    public static string Locate(string contentRoot)
    {
        var fromSource = Path.GetFullPath(Path.Combine(contentRoot, "..", "..", FileName));
        if (File.Exists(fromSource) && File.Exists(Path.Combine(Path.GetDirectoryName(fromSource)!, "MicroFuture.sln")))
        {
            return fromSource;
        }
        var besideContent = Path.Combine(contentRoot, FileName);
        return File.Exists(besideContent) ? besideContent : Path.Combine(AppContext.BaseDirectory, FileName);
    }

    /// <summary>
    /// A configured path as a full path: a relative one is taken relative to the folder of
    /// <paramref name="configurationFile"/>, so it means the same wherever the bot is started from.
    /// </summary>
    public static string ResolvePath(string configurationFile, string? configured, string defaultPath)
    {
        var baseFolder = Path.GetDirectoryName(configurationFile) ?? AppContext.BaseDirectory;
        var path = string.IsNullOrWhiteSpace(configured) ? defaultPath : configured;
        return Path.GetFullPath(Path.Combine(baseFolder, path));
    }
}
