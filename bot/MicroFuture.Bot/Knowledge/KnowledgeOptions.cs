namespace MicroFuture.Bot.Knowledge;

/// <summary>Where the curated knowledge lives: section <c>Knowledge</c> of the configuration.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";
    public const string DefaultFolder = "knowledge";

    /// <summary>The knowledge folder; a relative path is taken relative to the folder of <c>appsettings.json</c>.</summary>
    public string Folder { get; set; } = DefaultFolder;
}

/// <summary>The resolved, full path of the knowledge folder.</summary>
public sealed record KnowledgeFolder(string Path);
