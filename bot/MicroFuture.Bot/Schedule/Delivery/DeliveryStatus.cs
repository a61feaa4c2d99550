namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>States of a delivery ledger row.</summary>
public static class DeliveryStatus
{
    /// <summary>Recorded, not yet claimed.</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by one sender; the send is in flight (or its process crashed).</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>429 after the Connector client's own retries; a retry job will try again.</summary>
    public const string Throttled = "throttled";

    /// <summary>5xx or a network error after the Connector client's retries; retried until MaxAttempts.</summary>
    public const string Failed = "failed";

    /// <summary>403: the user blocked or uninstalled the bot. Never retried.</summary>
    public const string Blocked = "blocked";

    /// <summary>404 or an unknown conversation. Never retried.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The recipient muted reminders: skipped.</summary>
    public const string Muted = "muted";

    /// <summary>The reminder came due only after the meeting had started (the bot was down): not sent.</summary>
    public const string Missed = "missed";
}

/// <summary>One ledger row: a reminder (meeting, version, key) to one recipient conversation.</summary>
public sealed record DeliveryRecord(
    string IdempotencyKey,
    string MeetingId,
    int MeetingVersion,
    string ReminderKey,
    string ConversationId,
    string? Recipient,
    string Status,
    int Attempts,
    string? LastError,
    string? ActivityId,
    TimeSpan? LateBy,
    DateTimeOffset UpdatedUtc);
