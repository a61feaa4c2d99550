namespace MicroFuture.Bot.Knowledge;

/// <summary>One curated Markdown file of the knowledge folder, described by its front matter.</summary>
/// <param name="Path">Path relative to the knowledge folder, with '/' separators (e.g. <c>partners/bologna.md</c>).</param>
/// <param name="Sources">The front matter's sources; <c>[1]</c> in the text is the first.</param>
/// <param name="Partner">The partner id, only for files about one partner.</param>
/// <param name="ContentHash">SHA-256 of the file's text (lowercase hex): changes whenever the file does.</param>
public sealed record KnowledgeDocument(
    string Path,
    string Title,
    IReadOnlyList<KnowledgeSource> Sources,
    string Language,
    IReadOnlyList<string> Topics,
    string? Partner,
    DateOnly? Reviewed,
    DateOnly? ReviewBy,
    string ContentHash);

/// <summary>A public source a document cites.</summary>
/// <param name="Number">The number of its <c>[n]</c> marker, counting from 1 in the front matter's order.</param>
/// <param name="Read">The date a curator read the source text.</param>
public sealed record KnowledgeSource(int Number, string Url, DateOnly Read, string? Title);
