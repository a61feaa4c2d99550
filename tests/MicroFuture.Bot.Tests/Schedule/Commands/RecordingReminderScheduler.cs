using System.Collections.Concurrent;
using MicroFuture.Bot.Schedule;

namespace MicroFuture.Bot.Tests.Schedule.Commands;

/// <summary>Test double of the delivery side: records each call the commands make.</summary>
internal sealed class RecordingReminderScheduler : IReminderScheduler
{
    public ConcurrentQueue<(string Call, Meeting Meeting)> Calls { get; } = new();

    public Task ScheduleAsync(Meeting meeting, CancellationToken cancellationToken = default) => Record("schedule", meeting);

    public Task RescheduleAsync(Meeting meeting, CancellationToken cancellationToken = default) => Record("reschedule", meeting);

    public Task CancelAsync(Meeting meeting, CancellationToken cancellationToken = default) => Record("cancel", meeting);

    public Task TriggerNowAsync(Meeting meeting, CancellationToken cancellationToken = default) => Record("trigger", meeting);

    private Task Record(string call, Meeting meeting)
    {
        Calls.Enqueue((call, meeting));
        return Task.CompletedTask;
    }
}
