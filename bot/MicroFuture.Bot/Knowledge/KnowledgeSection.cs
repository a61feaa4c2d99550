namespace MicroFuture.Bot.Knowledge;

/// <summary>
/// One chunk of a document: the text under a <c>#</c>, <c>##</c> or <c>###</c> heading (a long section gives
/// several chunks, each with the same heading path), with the sources its <c>[n]</c> markers cite.
/// </summary>
/// <param name="HeadingPath">From the document's <c>#</c> title down to the section's own heading; never empty.</param>
/// <param name="Anchor">The slug of the section's own heading (GitHub style), for links into the file.</param>
/// <param name="Citations">The sources cited in <paramref name="Text"/>, by marker number, ascending.</param>
public sealed record KnowledgeSection(
    KnowledgeDocument Document,
    IReadOnlyList<string> HeadingPath,
    string Anchor,
    string Text,
    IReadOnlyList<KnowledgeSource> Citations);
