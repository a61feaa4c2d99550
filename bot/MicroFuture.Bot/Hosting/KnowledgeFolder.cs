namespace MicroFuture.Bot.Hosting;

/// <summary>The curated knowledge files (calendar.ics, Markdown): config key <c>Knowledge:Folder</c>.</summary>
public sealed class KnowledgeFolder(string path)
{
    public const string ConfigKey = "Knowledge:Folder";

    public string Path { get; } = path;

    /// <summary>The configured folder; a relative value is taken relative to the folder of <c>appsettings.json</c>.</summary>
    public static KnowledgeFolder FromConfiguration(IConfiguration configuration, string configurationFile)
    {
        var configured = configuration[ConfigKey];
        var baseFolder = System.IO.Path.GetDirectoryName(configurationFile) ?? AppContext.BaseDirectory;
        var path = string.IsNullOrWhiteSpace(configured) ? "knowledge" : configured;
        return new KnowledgeFolder(System.IO.Path.GetFullPath(System.IO.Path.Combine(baseFolder, path)));
    }
}
