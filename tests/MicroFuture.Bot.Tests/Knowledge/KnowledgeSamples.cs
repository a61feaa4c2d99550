namespace MicroFuture.Bot.Tests.Knowledge;

/// <summary>Small knowledge files in the curators' format, and a temporary knowledge folder to load them from.</summary>
internal static class KnowledgeSamples
{
    public const string FrontMatter = """
        ---
        title: "Sample: microcredit in Utopia"
        sources:
          - url: https://example.org/first
            read: 2026-11-27
            title: "First source"
          - url: http://archive.example.org/second
            read: 2026-11-20
        language: en
        topics: [sample, microcredit]
        reviewed: 2026-11-27
        review_by: 2027-05-27
        ---
        """;

    /// <summary>A valid file: <see cref="FrontMatter"/> (two sources) followed by <paramref name="body"/>.</summary>
    public static string File(string body) => FrontMatter + "\n\n" + body;
}

/// <summary>A temporary folder, deleted at dispose, into which a test writes knowledge files.</summary>
internal sealed class TemporaryKnowledgeFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("microfuture-knowledge-").FullName;

    public TemporaryKnowledgeFolder Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
