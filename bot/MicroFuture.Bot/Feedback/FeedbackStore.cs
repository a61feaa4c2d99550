using System.Globalization;
using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Storage;

namespace MicroFuture.Bot.Feedback;

/// <summary>One thumbs-up or thumbs-down on an answer.</summary>
/// <param name="ReplyToId">The id of the rated bot message.</param>
public sealed record FeedbackEntry(string ReplyToId, string UserId, string? UserName, string Reaction, string? Comment, DateTimeOffset Timestamp);

/// <summary>Counts per reaction and the latest comments, for the coordinators' <c>feedback</c> command.</summary>
public sealed record FeedbackSummary(int Likes, int Dislikes, IReadOnlyList<FeedbackEntry> LatestComments);

/// <summary>Answer feedback in the product database (table <c>feedback</c>), in SQL both SQLite and PostgreSQL run.</summary>
public sealed class FeedbackStore(BotDatabase database)
{
    private readonly TableSchema _schema = new(database, """
        CREATE TABLE IF NOT EXISTS feedback (
            reply_to_id TEXT NOT NULL,
            user_id     TEXT NOT NULL,
            user_name   TEXT NULL,
            reaction    TEXT NOT NULL,
            comment     TEXT NULL,
            created_at  TEXT NOT NULL
        )
        """);

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync(
            "INSERT INTO feedback (reply_to_id, user_id, user_name, reaction, comment, created_at) VALUES (@reply, @user, @name, @reaction, @comment, @at)",
            new Dictionary<string, object?>
            {
                ["@reply"] = entry.ReplyToId,
                ["@user"] = entry.UserId,
                ["@name"] = entry.UserName,
                ["@reaction"] = entry.Reaction,
                ["@comment"] = entry.Comment,
                ["@at"] = DatabaseQueries.Stamp(entry.Timestamp),
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<FeedbackSummary> SummariseAsync(int latestComments, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var counts = await database.QueryAsync("SELECT reaction, COUNT(*) FROM feedback GROUP BY reaction", new Dictionary<string, object?>(),
            reader => (Reaction: reader.GetString(0), Count: Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
        var likes = counts.Where(row => row.Reaction == FeedbackReaction.Like).Sum(row => row.Count);
        var dislikes = counts.Where(row => row.Reaction == FeedbackReaction.Dislike).Sum(row => row.Count);
        var comments = await database.QueryAsync(
            $"SELECT reply_to_id, user_id, user_name, reaction, comment, created_at FROM feedback WHERE comment IS NOT NULL AND comment <> '' ORDER BY created_at DESC LIMIT {latestComments}",
            new Dictionary<string, object?>(),
            reader => new FeedbackEntry(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetString(3),
                reader.GetString(4), DatabaseQueries.ParseStamp(reader.GetString(5))),
            cancellationToken).ConfigureAwait(false);
        return new FeedbackSummary(likes, dislikes, comments);
    }
}

/// <summary>The reactions Teams sends in <c>actionValue.reaction</c>.</summary>
public static class FeedbackReaction
{
    public const string Like = "like";
    public const string Dislike = "dislike";
}
