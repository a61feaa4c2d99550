using System.Text.Json;
using System.Text.RegularExpressions;
using MicroFuture.Bot.Hosting;
using MicroFuture.Bot.Schedule.Calendar;
using MicroFuture.Bot.Schedule.Meetings;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Schedule.Commands;

/// <summary>
/// <c>schedule</c>: the one-line command, the form card (no arguments) and the form's submission (a message value or
/// an <c>adaptiveCard/action</c> invoke). All paths are checked by <see cref="CoordinatorGuard"/> and
/// <see cref="ScheduleValidator"/> before anything is stored.
/// </summary>
public sealed partial class ScheduleCommandsFeature(
    CoordinatorGuard guard,
    ProjectDirectory directory,
    IMeetingStore meetings,
    ReminderDispatch reminders,
    TimeProvider time) : IBotFeature
{
    private const int IdAttempts = 5;

    public void Register(ActivityRouter router)
    {
        router
            .OnMessage(turn => ScheduleFormCard.IsSubmission(turn.Activity.Value), (turn, ct) => SubmitFormAsync(turn, turn.Activity.Value!.Value, ct))
            .On(turn => turn.Activity.IsType(ActivityTypes.Invoke) && turn.Activity.Name == "adaptiveCard/action" && ScheduleFormCard.IsSubmission(ActionData(turn.Activity)),
                (turn, ct) => SubmitFormAsync(turn, ActionData(turn.Activity)!.Value, ct))
            .OnMessage("schedule", ShowFormAsync)
            .OnMessage(turn => Line().IsMatch(turn.Activity.Text?.Trim() ?? ""), ScheduleLineAsync);
    }

    private async Task ShowFormAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var reply = turn.Activity.CreateReply();
        reply.Attachments = [ScheduleFormCard.Create(directory.Partners, DefaultZone(turn))];
        reply.Summary = "Fill in the form, or type: " + ScheduleSyntax.Line;
        await turn.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    private async Task ScheduleLineAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var parsed = ScheduleCommandParser.Parse(Line().Match(turn.Activity.Text!.Trim()).Groups["arguments"].Value);
        await ScheduleAsync(turn, parsed, cancellationToken).ConfigureAwait(false);
    }

    private async Task SubmitFormAsync(ITurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        if (!await guard.AllowsAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        await ScheduleAsync(turn, Checked<ScheduleDraft>.Ok(ScheduleFormCard.ReadDraft(data)), cancellationToken).ConfigureAwait(false);
    }

    private async Task ScheduleAsync(ITurnContext turn, Checked<ScheduleDraft> draft, CancellationToken cancellationToken)
    {
        var request = draft.Value is null
            ? Checked<ScheduleRequest>.Fail(draft.Error!)
            : ScheduleValidator.Validate(draft.Value, time.GetUtcNow(), DefaultZone(turn), directory.Partners);
        if (request.Value is null)
        {
            await CommandReply.SendAsync(turn, request.Error!, cancellationToken).ConfigureAwait(false);
            return;
        }
        var meeting = await StoreAsync(turn, request.Value, cancellationToken).ConfigureAwait(false);
        var note = await reminders.RunAsync(meeting, s => s.ScheduleAsync(meeting, cancellationToken)).ConfigureAwait(false);
        await CommandReply.SendAsync(turn, MeetingText.Confirmation("Scheduled", meeting, ReaderTimeZone.For(turn.Activity, directory), note), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Meeting> StoreAsync(ITurnContext turn, ScheduleRequest request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var meeting = new Meeting
            {
                Id = MeetingIds.NewId(),
                Title = request.Title,
                StartUtc = request.StartUtc,
                TimeZone = request.TimeZone,
                Duration = request.Duration,
                Location = request.Location,
                ReminderOffsets = request.ReminderOffsets,
                Audience = new Audience(request.AudienceKind, request.PartnerName,
                    request.AudienceKind == AudienceKind.ThisChannel ? turn.Activity.GetConversationReference() : null),
                CreatedBy = turn.Activity.From?.Id ?? "",
                CreatedUtc = time.GetUtcNow(),
            };
            try
            {
                await meetings.AddAsync(meeting, cancellationToken).ConfigureAwait(false);
                return meeting;
            }
            catch (DuplicateMeetingIdException) when (attempt < IdAttempts)
            {
                // 31^6 ids: a clash is rare; draw again.
            }
        }
    }

    private string DefaultZone(ITurnContext turn) => directory.PartnerOf(turn.Activity.From)?.TimeZone ?? ReaderTimeZone.Default;

    // Action.Execute sends its data inside value.action.data.
    private static JsonElement? ActionData(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out var data)
            ? data
            : null;

    [GeneratedRegex(@"^schedule\s+(?<arguments>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Line();
}
