namespace MicroFuture.Bot.Help;

/// <summary>One command the bot understands, as the help card lists it.</summary>
public sealed record HelpEntry(string Command, string Description, int Order = 100);

/// <summary>The commands every feature contributes to <c>help</c> (register entries as <see cref="HelpEntry"/> singletons).</summary>
public sealed class HelpCatalog(IEnumerable<HelpEntry> entries)
{
    public IReadOnlyList<HelpEntry> Entries { get; } = [.. entries.OrderBy(e => e.Order).ThenBy(e => e.Command, StringComparer.Ordinal)];
}
