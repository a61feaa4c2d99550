using System.Globalization;
using System.Text;
using System.Text.Json;
using MicroFuture.Bot.Hosting;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>
/// The partners' side of reminders: the RSVP buttons (card submit <c>{"command":"rsvp","meetingId","answer"}</c>),
/// <c>mute reminders</c> / <c>unmute reminders</c>, and for coordinators only <c>attendance &lt;id&gt;</c> and
/// <c>deliveries &lt;id&gt;</c> (checked here, on the server, for every caller).
/// </summary>
public sealed class ReminderCommandsFeature(
    RsvpStore rsvps,
    ReminderMuteStore mutes,
    DeliveryLedger ledger,
    ProjectDirectory directory,
    IEnumerable<IMeetingStore> meetingStores,
    TimeProvider time) : IBotFeature
{
    // The meeting store is another feature's; without it, ids are taken as given.
    private readonly IMeetingStore? _meetings = meetingStores.LastOrDefault();

    public void Register(ActivityRouter router)
    {
        router
            .OnMessage(turn => turn.Activity.Text?.Trim() == "rsvp" && turn.Activity.Value is { ValueKind: JsonValueKind.Object }, OnRsvpAsync)
            .OnMessage("mute reminders", (turn, ct) => SetMutedAsync(turn, true, ct))
            .OnMessage("unmute reminders", (turn, ct) => SetMutedAsync(turn, false, ct))
            .OnMessage("attendance\\s+\\S+", OnAttendanceAsync)
            .OnMessage("deliveries\\s+\\S+", OnDeliveriesAsync);
    }

    private async Task OnRsvpAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value!.Value;
        var meetingId = value.TryGetProperty("meetingId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        var answer = value.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        var user = turn.Activity.From;
        if (string.IsNullOrWhiteSpace(meetingId) || answer is null || !RsvpAnswers.All.Contains(answer) || user?.Id is null)
        {
            await turn.SendTextAsync("I could not read that answer. Please use the buttons on a reminder card.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var meeting = await FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (_meetings is not null && meeting is null)
        {
            await turn.SendTextAsync($"I don't know a meeting with id {meetingId}.", cancellationToken).ConfigureAwait(false);
            return;
        }
        await rsvps.RecordAsync(new Rsvp(meetingId, user.Id, user.Name ?? user.Id, answer, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync($"Thanks, noted: **{RsvpAnswers.Label(answer)}** for {meeting?.Title ?? meetingId}.", cancellationToken).ConfigureAwait(false);
    }

    private async Task SetMutedAsync(ITurnContext turn, bool muted, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.Id is not { } userId)
        {
            return;
        }
        await mutes.SetMutedAsync(userId, muted, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await turn.SendTextAsync(muted
            ? "Reminders muted: I won't send you meeting reminders (moves and cancellations still reach you). Say **unmute reminders** to get them again."
            : "Reminders back on: you'll get meeting reminders again.", cancellationToken).ConfigureAwait(false);
    }

    private async Task OnAttendanceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await IsCoordinatorAsync(turn, "attendance", cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var meetingId = Argument(turn);
        var meeting = await FindAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var answers = await rsvps.ForMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder($"**Attendance for {meeting?.Title ?? meetingId}** ({meetingId}): ");
        text.Append(string.Join(", ", RsvpAnswers.All.Select(answer => $"{answers.Count(r => r.Answer == answer)} {RsvpAnswers.Label(answer).ToLowerInvariant()}")));
        foreach (var answer in RsvpAnswers.All)
        {
            var names = answers.Where(r => r.Answer == answer).Select(r => r.UserName).ToList();
            if (names.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\n- {RsvpAnswers.Label(answer)}: {string.Join(", ", names)}");
            }
        }
        await turn.SendTextAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private async Task OnDeliveriesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await IsCoordinatorAsync(turn, "deliveries", cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var meetingId = Argument(turn);
        var rows = await ledger.ForMeetingAsync(meetingId, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            await turn.SendTextAsync($"No deliveries recorded for meeting {meetingId} yet.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var text = new StringBuilder($"**Deliveries for {meetingId}** ({rows.Count(r => r.Status == DeliveryStatus.Sent)} of {rows.Count} sent):");
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n- {row.ReminderKey} (v{row.MeetingVersion}) to {row.Recipient ?? row.ConversationId}: **{row.Status}**, {row.Attempts} attempt(s)");
            if (row.LateBy is { } late)
            {
                text.Append(CultureInfo.InvariantCulture, $", late by {late:hh\\:mm\\:ss}");
            }
            if (row.LastError is { Length: > 0 } error)
            {
                text.Append(CultureInfo.InvariantCulture, $" — {error}");
            }
        }
        await turn.SendTextAsync(text.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> IsCoordinatorAsync(ITurnContext turn, string command, CancellationToken cancellationToken)
    {
        if (directory.IsCoordinator(turn.Activity.From))
        {
            return true;
        }
        await turn.SendTextAsync($"Sorry, only project coordinators can use **{command}**.", cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task<Meeting?> FindAsync(string meetingId, CancellationToken cancellationToken) =>
        _meetings is null ? null : await _meetings.GetAsync(meetingId, cancellationToken).ConfigureAwait(false);

    private static string Argument(ITurnContext turn) => turn.Activity.Text!.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[1].Trim();
}
