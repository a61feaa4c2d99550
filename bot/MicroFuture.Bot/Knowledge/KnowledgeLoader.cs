namespace MicroFuture.Bot.Knowledge;

/// <summary>A file of the knowledge folder that was skipped, and why.</summary>
/// <param name="Path">Path relative to the knowledge folder (the folder itself when it cannot be read).</param>
public sealed record KnowledgeProblem(string Path, IReadOnlyList<string> Errors)
{
    public override string ToString() => $"{Path}: {string.Join("; ", Errors)}";
}

/// <summary>Everything loaded from the knowledge folder; files with problems are left out of the documents and sections.</summary>
public sealed record KnowledgeLoadResult(
    IReadOnlyList<KnowledgeDocument> Documents,
    IReadOnlyList<KnowledgeSection> Sections,
    IReadOnlyList<KnowledgeProblem> Problems);

/// <summary>
/// Loads every <c>*.md</c> file under the knowledge folder (recursively, README.md files excepted). A malformed or
/// unreadable file is logged once and skipped, so one curator's mistake never takes the rest of the knowledge down.
/// </summary>
public sealed class KnowledgeLoader(KnowledgeFolder folder, ILogger<KnowledgeLoader> logger)
{
    private readonly KnowledgeFileParser parser = new();

    public async Task<KnowledgeLoadResult> LoadAsync(CancellationToken cancellationToken = default)
    {
        var documents = new List<KnowledgeDocument>();
        var sections = new List<KnowledgeSection>();
        var problems = new List<KnowledgeProblem>();
        if (!Directory.Exists(folder.Path))
        {
            problems.Add(new KnowledgeProblem(folder.Path, ["the knowledge folder does not exist"]));
            KnowledgeLog.FolderMissing(logger, folder.Path);
            return new KnowledgeLoadResult(documents, sections, problems);
        }

        foreach (var (full, relative) in folder.Files())
        {
            var file = await LoadFileAsync(full, relative, cancellationToken);
            if (file.IsValid)
            {
                documents.Add(file.Document!);
                sections.AddRange(file.Sections);
            }
            else
            {
                var problem = new KnowledgeProblem(relative, file.Errors);
                problems.Add(problem);
                KnowledgeLog.FileSkipped(logger, relative, string.Join("; ", problem.Errors));
            }
        }
        return new KnowledgeLoadResult(documents, sections, problems);
    }

    private async Task<KnowledgeFile> LoadFileAsync(string fullPath, string relativePath, CancellationToken cancellationToken)
    {
        try
        {
            var content = await File.ReadAllTextAsync(fullPath, cancellationToken);
            return parser.Parse(relativePath, content);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Unreadable file, or a parser failure nobody foresaw: skip this file, keep the others.
            return new KnowledgeFile(null, [], [$"could not be read: {exception.Message}"]);
        }
    }
}

internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Warning, Message = "Knowledge file {File} skipped: {Problem}")]
    public static partial void FileSkipped(ILogger logger, string file, string problem);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Knowledge folder {Folder} does not exist: the bot has no curated knowledge")]
    public static partial void FolderMissing(ILogger logger, string folder);
}
