using System.Text.RegularExpressions;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Schedule.Calendar;
using MicroFuture.Bot.Schedule.Meetings;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// <c>move meeting &lt;id&gt; to &lt;date&gt; &lt;time&gt; [zone]</c>, <c>cancel meeting &lt;id&gt;</c> and
/// <c>remind now &lt;id&gt;</c>: coordinators only; each stores the change, then hands it to the reminder scheduler.
/// </summary>
public sealed partial class MeetingCommandsFeature(
    CoordinatorGuard guard,
    ProjectDirectory directory,
    IMeetingStore meetings,
    ReminderDispatch reminders,
    TimeProvider time) : IBotFeature
{
    public void Register(ActivityRouter router)
    {
        router
            .OnMessage(@"move\s+meeting\b.*", MoveAsync)
            .OnMessage(@"cancel\s+meeting\b.*", CancelAsync)
            .OnMessage(@"remind\s+now\b.*", RemindNowAsync);
    }

    private async Task MoveAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var match = Move().Match(turn.Activity.Text!.Trim());
        if (!match.Success)
        {
            await CommandReply.SendAsync(turn, $"Write it as `{ScheduleSyntax.Move}`, e.g. `move meeting k3m9qx to 2026-12-04 10:00 Europe/Rome`.", cancellationToken).ConfigureAwait(false);
            return;
        }
        if (await FindAsync(turn, match.Groups["id"].Value, cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return;
        }
        var zone = match.Groups["zone"].Success ? match.Groups["zone"].Value : meeting.TimeZone;
        var (startUtc, error) = MeetingTime.Resolve(match.Groups["date"].Value, match.Groups["time"].Value, zone, time.GetUtcNow());
        if (error is not null)
        {
            await CommandReply.SendAsync(turn, $"{error}\n\nUsage: `{ScheduleSyntax.Move}`", cancellationToken).ConfigureAwait(false);
            return;
        }
        MeetingTime.TryFindZone(zone, out var found);
        var moved = meeting with { StartUtc = startUtc, TimeZone = found.Id, Version = meeting.Version + 1 };
        await meetings.UpdateAsync(moved, cancellationToken).ConfigureAwait(false);
        var note = await reminders.RunAsync(moved, s => s.RescheduleAsync(moved, cancellationToken)).ConfigureAwait(false);
        await CommandReply.SendAsync(turn, MeetingText.Confirmation("Moved", moved, ReaderTimeZone.For(turn.Activity, directory), note), cancellationToken).ConfigureAwait(false);
    }

    private async Task CancelAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(turn, cancellationToken).ConfigureAwait(false)
            || await FindAsync(turn, IdAfter(turn, Cancel()), cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return;
        }
        var cancelled = meeting with { Cancelled = true };
        await meetings.UpdateAsync(cancelled, cancellationToken).ConfigureAwait(false);
        var note = await reminders.RunAsync(cancelled, s => s.CancelAsync(cancelled, cancellationToken)).ConfigureAwait(false);
        var told = note is null ? $" Its reminders are withdrawn and {MeetingText.Audience(meeting.Audience)} is told." : " " + note;
        await CommandReply.SendAsync(turn, $"Cancelled **{meeting.Title}** (id `{meeting.Id}`).{told}", cancellationToken).ConfigureAwait(false);
    }

    private async Task RemindNowAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(turn, cancellationToken).ConfigureAwait(false)
            || await FindAsync(turn, IdAfter(turn, RemindNow()), cancellationToken).ConfigureAwait(false) is not { } meeting)
        {
            return;
        }
        var note = await reminders.RunAsync(meeting, s => s.TriggerNowAsync(meeting, cancellationToken)).ConfigureAwait(false);
        var text = note ?? $"Sending the reminder for **{meeting.Title}** (id `{meeting.Id}`) to {MeetingText.Audience(meeting.Audience)} now.";
        await CommandReply.SendAsync(turn, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The meeting, or null after telling the coordinator it is unknown or cancelled.</summary>
    private async Task<Meeting?> FindAsync(ITurnContext turn, string? id, CancellationToken cancellationToken)
    {
        var meeting = string.IsNullOrWhiteSpace(id) ? null : await meetings.GetAsync(MeetingIds.Normalize(id), cancellationToken).ConfigureAwait(false);
        if (meeting is { Cancelled: false })
        {
            return meeting;
        }
        var problem = string.IsNullOrWhiteSpace(id) ? "Give the meeting's id" : meeting is null ? $"No meeting has the id `{id}`" : $"The meeting `{meeting.Id}` is already cancelled";
        await CommandReply.SendAsync(turn, $"{problem}. Type **meetings** to see the ids.", cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static string? IdAfter(ITurnContext turn, Regex pattern) =>
        pattern.Match(turn.Activity.Text!.Trim()) is { Success: true } match ? match.Groups["id"].Value : null;

    [GeneratedRegex(@"^move\s+meeting\s+(?<id>\S+)\s+to\s+(?<date>\S+)\s+(?<time>\S+)(?:\s+(?<zone>\S+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Move();

    [GeneratedRegex(@"^cancel\s+meeting\s+(?<id>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^remind\s+now\s+(?<id>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemindNow();
}
