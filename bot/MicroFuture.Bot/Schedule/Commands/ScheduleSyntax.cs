namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>The documented syntax, shown by <c>help</c> and after every error.</summary>
public static class ScheduleSyntax
{
    public const string Line = "schedule \"Title\" YYYY-MM-DD HH:MM [Zone] [for 1h30m] [at place-or-link] [remind 1d 1h 15m] [to everyone | partner name | this channel]";

    public const string Example = "schedule \"Steering group call\" 2026-12-03 10:00 Europe/Rome for 1h at https://example.org/call remind 1d 1h 15m to everyone";

    public const string Move = "move meeting <id> to YYYY-MM-DD HH:MM [Zone]";

    /// <summary>An error message followed by the syntax and the example.</summary>
    public static string Explain(string problem) => $"{problem}\n\nUsage: `{Line}`\n\nExample: `{Example}`";
}
