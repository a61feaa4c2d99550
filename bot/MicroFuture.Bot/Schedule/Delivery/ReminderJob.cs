using Quartz;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// The one durable Quartz job: each trigger carries a meeting snapshot and a reminder key in its data, and the job
/// hands them to the <see cref="QuartzReminderScheduler"/> that owns this scheduler (found in the scheduler context).
/// </summary>
public sealed class ReminderJob : IJob
{
    public const string MeetingKey = "meeting";
    public const string ReminderKey = "reminderKey";
    public const string KindKey = "kind";
    public const string DueKey = "due";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var owner = (QuartzReminderScheduler)context.Scheduler.Context[QuartzReminderScheduler.ContextKey]!;
        var data = context.MergedJobDataMap;
        var due = data.GetString(DueKey);
        await owner.RunAsync(
            data.GetString(MeetingKey) ?? "",
            data.GetString(ReminderKey) ?? "",
            Enum.Parse<ReminderKind>(data.GetString(KindKey) ?? nameof(ReminderKind.Reminder)),
            string.IsNullOrEmpty(due) ? null : Proactive.DatabaseQueries.ParseStamp(due),
            cancellationToken).ConfigureAwait(false);
    }
}
