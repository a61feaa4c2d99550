using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>Answers to a reminder's buttons.</summary>
public static class RsvpAnswers
{
    public const string Attending = "attending";
    public const string NotAttending = "notAttending";
    public const string Maybe = "maybe";

    public static readonly string[] All = [Attending, NotAttending, Maybe];

    public static string Label(string answer) => answer switch
    {
        Attending => "Attending",
        NotAttending => "Not attending",
        _ => "Maybe",
    };
}

/// <summary>One person's answer for a meeting.</summary>
public sealed record Rsvp(string MeetingId, string UserId, string UserName, string Answer, DateTimeOffset AnsweredUtc);

/// <summary>RSVPs per (meeting, user) in table <c>meeting_rsvps</c>; a new answer replaces the previous one.</summary>
public sealed class RsvpStore(BotDatabase database)
{
    private readonly TableSchema _schema = new(database, """
        CREATE TABLE IF NOT EXISTS meeting_rsvps (meeting_id TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL,
          answer TEXT NOT NULL, answered_at TEXT NOT NULL, PRIMARY KEY (meeting_id, user_id))
        """);

    public async Task RecordAsync(Rsvp rsvp, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync("""
            INSERT INTO meeting_rsvps (meeting_id, user_id, user_name, answer, answered_at) VALUES (@meeting, @user, @name, @answer, @at)
            ON CONFLICT (meeting_id, user_id) DO UPDATE SET user_name = excluded.user_name, answer = excluded.answer, answered_at = excluded.answered_at
            """, new Dictionary<string, object?>
            {
                ["@meeting"] = rsvp.MeetingId,
                ["@user"] = rsvp.UserId,
                ["@name"] = rsvp.UserName,
                ["@answer"] = rsvp.Answer,
                ["@at"] = DatabaseQueries.Stamp(rsvp.AnsweredUtc),
            }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Rsvp>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await database.QueryAsync("SELECT meeting_id, user_id, user_name, answer, answered_at FROM meeting_rsvps WHERE meeting_id = @meeting ORDER BY user_name",
            new Dictionary<string, object?> { ["@meeting"] = meetingId },
            reader => new Rsvp(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), DatabaseQueries.ParseStamp(reader.GetString(4))),
            cancellationToken).ConfigureAwait(false);
    }
}
