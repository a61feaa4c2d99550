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
public sealed record KnowledgeFolder(string Path)
{
    private const string ReadmeFileName = "README.md";

    private static readonly EnumerationOptions MarkdownFiles = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// The knowledge files: every <c>*.md</c> under the folder (README.md files excepted), with their paths relative
    /// to it ("partners/orebro.md"), in that order. None when the folder does not exist.
    /// </summary>
    public IEnumerable<(string Full, string Relative)> Files() =>
        !Directory.Exists(Path)
            ? []
            : Directory.EnumerateFiles(Path, "*.md", MarkdownFiles)
                .Where(file => !string.Equals(System.IO.Path.GetFileName(file), ReadmeFileName, StringComparison.OrdinalIgnoreCase))
                .Select(file => (Full: file, Relative: System.IO.Path.GetRelativePath(Path, file).Replace('\\', '/')))
                .OrderBy(file => file.Relative, StringComparer.Ordinal);
}
