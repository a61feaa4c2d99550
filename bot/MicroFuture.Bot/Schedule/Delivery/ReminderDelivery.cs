using System.Net;
using MicroFuture.Bot.Proactive;
using MicroFuture.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>One run of a meeting message: the meeting as scheduled, the reminder key, what it announces, and when it was due (null = now).</summary>
public sealed record DeliveryRun(Meeting Meeting, string ReminderKey, ReminderKind Kind, DateTimeOffset? DueUtc);

/// <summary>What a run did. <see cref="RetryAfter"/> is set when some sends were throttled or failed and should be retried.</summary>
public sealed record DeliveryOutcome(int Sent, int Skipped, int Undeliverable, bool Missed, TimeSpan? RetryAfter)
{
    public static DeliveryOutcome MissedRun { get; } = new(0, 0, 0, true, null);
}

/// <summary>
/// Fans a meeting message out to its audience, each recipient through the ledger: record the row, claim it, wait
/// for the rate limiter, send, mark the outcome (sent with the Connector's activity id; 403 blocked; 404
/// unreachable; 429 throttled and 5xx failed, both retried later). A reminder due before a restart is still sent if
/// the meeting has not started (logged as late, with the lateness); after the start it is recorded as missed.
/// Muted users are recorded as muted and skipped (reminders only: moves and cancellations still reach them).
/// </summary>
public sealed partial class ReminderDelivery(
    DeliveryLedger ledger,
    ReminderRecipients recipients,
    ReminderMuteStore mutes,
    SendRateLimiter limiter,
    ProactiveSender sender,
    MeetingCalendarLinks links,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderDelivery> logger)
{
    private enum Result { Sent, Skipped, Undeliverable, Retry }

    public async Task<DeliveryOutcome> DeliverAsync(DeliveryRun run, CancellationToken cancellationToken = default)
    {
        var meeting = run.Meeting;
        var now = time.GetUtcNow();
        var audience = await recipients.ResolveAsync(meeting.Audience, cancellationToken).ConfigureAwait(false);
        TimeSpan? lateBy = null;
        if (run.Kind == ReminderKind.Reminder && run.DueUtc is { } due)
        {
            if (now >= meeting.StartUtc)
            {
                Missed(logger, meeting.Id, run.ReminderKey, now - due);
                foreach (var recipient in audience)
                {
                    await RecordAsync(run, recipient, DeliveryStatus.Missed, now - due, now, cancellationToken).ConfigureAwait(false);
                }
                return DeliveryOutcome.MissedRun;
            }
            if (now - due > options.Value.LateAfter)
            {
                lateBy = now - due;
                Late(logger, meeting.Id, run.ReminderKey, lateBy.Value);
            }
        }

        var results = new System.Collections.Concurrent.ConcurrentBag<(Result Result, TimeSpan? RetryAfter)>();
        await Parallel.ForEachAsync(audience, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelSends), CancellationToken = cancellationToken },
            async (recipient, token) =>
            {
                try
                {
                    results.Add(await DeliverToAsync(run, recipient, lateBy, token).ConfigureAwait(false));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // One recipient's trouble (e.g. the database busy) must not stop the others: retry it later.
                    RecipientFailed(logger, meeting.Id, run.ReminderKey, recipient.Conversation.ConversationId, exception);
                    results.Add((Result.Retry, null));
                }
            }).ConfigureAwait(false);

        var retries = results.Where(r => r.Result == Result.Retry).ToList();
        TimeSpan? retryAfter = retries.Count == 0 ? null : retries.Max(r => r.RetryAfter ?? options.Value.RetryDelay);
        return new DeliveryOutcome(results.Count(r => r.Result == Result.Sent), results.Count(r => r.Result == Result.Skipped),
            results.Count(r => r.Result == Result.Undeliverable), false, retryAfter);
    }

    private async Task<(Result, TimeSpan?)> DeliverToAsync(DeliveryRun run, ReminderRecipient recipient, TimeSpan? lateBy, CancellationToken cancellationToken)
    {
        var conversation = recipient.Conversation;
        var now = time.GetUtcNow();
        if (run.Kind == ReminderKind.Reminder && conversation.UserId is { } userId && await mutes.IsMutedAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            await RecordAsync(run, recipient, DeliveryStatus.Muted, lateBy, now, cancellationToken).ConfigureAwait(false);
            return (Result.Skipped, null);
        }
        // Built before the claim, so nothing between claim and send can fail but the send itself.
        var message = ReminderCard.Create(run.Meeting, run.Kind, recipient.TimeZone, links.UrlFor(run.Meeting.Id), options.Value.CardTitle);
        var key = await RecordAsync(run, recipient, DeliveryStatus.Pending, lateBy, now, cancellationToken).ConfigureAwait(false);
        if (!await ledger.TryClaimAsync(key, now, cancellationToken).ConfigureAwait(false))
        {
            // Sent or given up: nothing to do. Being sent by another run (or by a process that died): look again
            // once the claim is stale, so a crash mid-send still ends in one delivery.
            return await ledger.IsRecoverableClaimAsync(key, cancellationToken).ConfigureAwait(false)
                ? (Result.Retry, options.Value.StaleClaimAfter + TimeSpan.FromSeconds(1))
                : (Result.Skipped, null);
        }
        var wait = limiter.Reserve(conversation.TenantId, conversation.ConversationId);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            var response = await sender.SendAsync(conversation.Reference, message, cancellationToken).ConfigureAwait(false);
            await ledger.MarkSentAsync(key, response?.Id, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return (Result.Sent, null);
        }
        catch (ConnectorException exception)
        {
            var (status, retry) = Classify(exception.Status);
            await ledger.MarkAsync(key, status, exception.Message, time.GetUtcNow(), final: !retry, CancellationToken.None).ConfigureAwait(false);
            SendFailed(logger, run.Meeting.Id, run.ReminderKey, conversation.ConversationId, status, exception.Message);
            return retry ? (Result.Retry, exception.RetryAfter) : (Result.Undeliverable, null);
        }
        catch (UntrustedServiceUrlException exception)
        {
            await ledger.MarkAsync(key, DeliveryStatus.Unreachable, exception.Message, time.GetUtcNow(), final: true, CancellationToken.None).ConfigureAwait(false);
            return (Result.Undeliverable, null);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            await ledger.MarkAsync(key, DeliveryStatus.Failed, exception.Message, time.GetUtcNow(), final: false, CancellationToken.None).ConfigureAwait(false);
            return (Result.Retry, null);
        }
    }

    // Teams: retry 429 (Retry-After), 412 and 5xx gateway errors; 403 = blocked/uninstalled; 404 = gone; others are final.
    private static (string Status, bool Retry) Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.TooManyRequests => (DeliveryStatus.Throttled, true),
        HttpStatusCode.Forbidden => (DeliveryStatus.Blocked, false),
        HttpStatusCode.NotFound or HttpStatusCode.Gone => (DeliveryStatus.Unreachable, false),
        HttpStatusCode.PreconditionFailed or >= HttpStatusCode.InternalServerError => (DeliveryStatus.Failed, true),
        _ => (DeliveryStatus.Failed, false),
    };

    private async Task<string> RecordAsync(DeliveryRun run, ReminderRecipient recipient, string status, TimeSpan? lateBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var conversation = recipient.Conversation;
        var key = DeliveryLedger.KeyOf(run.Meeting.Id, run.Meeting.Version, run.ReminderKey, conversation.ChannelId, conversation.ConversationId);
        var who = conversation.UserId ?? conversation.Reference.Conversation?.Name ?? conversation.ConversationId;
        await ledger.RecordAsync(key, run.Meeting, run.ReminderKey, conversation.ChannelId, conversation.ConversationId, who, status, lateBy, now, cancellationToken).ConfigureAwait(false);
        return key;
    }

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning, Message = "Reminder {ReminderKey} of meeting {MeetingId} is late by {LateBy} (the bot was down or busy); sending it since the meeting has not started")]
    private static partial void Late(ILogger logger, string meetingId, string reminderKey, TimeSpan lateBy);

    [LoggerMessage(EventId = 311, Level = LogLevel.Warning, Message = "Reminder {ReminderKey} of meeting {MeetingId} missed: it came due {LateBy} ago and the meeting has started; recorded as missed, not sent")]
    private static partial void Missed(ILogger logger, string meetingId, string reminderKey, TimeSpan lateBy);

    [LoggerMessage(EventId = 313, Level = LogLevel.Error, Message = "Reminder {ReminderKey} of meeting {MeetingId} to {ConversationId} failed; it will be retried")]
    private static partial void RecipientFailed(ILogger logger, string meetingId, string reminderKey, string conversationId, Exception exception);

    [LoggerMessage(EventId = 312, Level = LogLevel.Warning, Message = "Reminder {ReminderKey} of meeting {MeetingId} to {ConversationId}: {Status} ({Error})")]
    private static partial void SendFailed(ILogger logger, string meetingId, string reminderKey, string conversationId, string status, string error);
}
