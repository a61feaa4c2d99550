using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// The one server-side check every meeting-changing path (typed command, card submission, invoke) goes through:
/// only the configured <c>Coordinators</c> pass; anyone else is told who can do it.
/// </summary>
public sealed class CoordinatorGuard(ProjectDirectory directory)
{
    public const string Refusal =
        "Only the project coordinators can schedule, move or cancel meetings and send reminders now. "
        + "Please ask a coordinator of the MICROFUTURE project (the people listed under Coordinators in the bot's configuration) to do it.";

    /// <summary>True for a coordinator; otherwise sends the refusal and returns false.</summary>
    public async Task<bool> AllowsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (directory.IsCoordinator(turn.Activity.From))
        {
            return true;
        }
        await CommandReply.SendAsync(turn, Refusal, cancellationToken).ConfigureAwait(false);
        return false;
    }
}
