namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// Calls the <see cref="IReminderScheduler"/> when the build has one. It is resolved when needed (not injected), so
/// the commands work, and say so, in a build without the delivery side.
/// </summary>
public sealed class ReminderDispatch(IServiceProvider services, ILogger<ReminderDispatch> logger)
{
    public const string Unavailable = "Stored; reminders are not available in this build.";

    /// <summary>Null when the scheduler ran; otherwise a sentence for the coordinator.</summary>
    public async Task<string?> RunAsync(Meeting meeting, Func<IReminderScheduler, Task> action)
    {
        if (services.GetService<IReminderScheduler>() is not { } scheduler)
        {
            return Unavailable;
        }
        try
        {
            await action(scheduler).ConfigureAwait(false);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "The reminder scheduler failed for meeting {MeetingId}", meeting.Id);
            return "Stored, but planning its reminders failed; try `remind now " + meeting.Id + "` or ask the administrator to check the log.";
        }
    }
}
