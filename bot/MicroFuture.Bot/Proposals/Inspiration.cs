namespace MicroFuture.Bot.Proposals;

/// <summary>A lesson or good practice that inspires the proposal, with its source when known.</summary>
public sealed class Inspiration
{
    public string Title { get; set; } = "";

    public string? SourceUrl { get; set; }

    public string? Note { get; set; }
}
