namespace MicroFuture.Bot.Proposals.Export;

/// <summary>A format-neutral piece of the exported document; each writer renders every kind.</summary>
public abstract record OutlineBlock;

/// <summary>A heading: level 1 for a part of the proposal, 2 for a section within it.</summary>
public sealed record HeadingBlock(string Text, int Level) : OutlineBlock;

/// <summary>"Label: value", the value null when not answered.</summary>
public sealed record FieldBlock(string Label, string? Value) : OutlineBlock;

/// <summary>Free text kept verbatim (line breaks included), null when not answered.</summary>
public sealed record TextBlock(string? Text) : OutlineBlock;

/// <summary>A titled item (a lesson or good practice) with an optional note and source.</summary>
public sealed record ItemBlock(string Title, string? Note, string? SourceUrl) : OutlineBlock;

/// <summary>A table with a header row; every cell is plain text (may contain line breaks).</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : OutlineBlock;
