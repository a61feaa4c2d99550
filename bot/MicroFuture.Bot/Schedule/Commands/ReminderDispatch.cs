namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// Calls the <see cref="IReminderScheduler"/> after a command stored its change; a scheduler failure is logged and
/// told to the coordinator, while the stored meeting stays.
/// </summary>
public sealed class ReminderDispatch(IReminderScheduler scheduler, ILogger<ReminderDispatch> logger)
{
    /// <summary>Null when the scheduler ran; otherwise a sentence for the coordinator.</summary>
    public async Task<string?> RunAsync(Meeting meeting, Func<IReminderScheduler, Task> action)
    {
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
