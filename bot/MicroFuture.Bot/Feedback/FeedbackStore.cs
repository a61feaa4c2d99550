using System.Data.Common;
using System.Globalization;
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
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS feedback (
            reply_to_id TEXT NOT NULL,
            user_id     TEXT NOT NULL,
            user_name   TEXT NULL,
            reaction    TEXT NOT NULL,
            comment     TEXT NULL,
            created_at  TEXT NOT NULL
        )
        """;

    private int _created;

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync(
            "INSERT INTO feedback (reply_to_id, user_id, user_name, reaction, comment, created_at) VALUES (@reply, @user, @name, @reaction, @comment, @at)",
            new Dictionary<string, object?>
            {
                ["@reply"] = entry.ReplyToId,
                ["@user"] = entry.UserId,
                ["@name"] = entry.UserName,
                ["@reaction"] = entry.Reaction,
                ["@comment"] = entry.Comment,
                // ISO 8601 in UTC sorts as text in both engines.
                ["@at"] = entry.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<FeedbackSummary> SummariseAsync(int latestComments, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        int likes = 0, dislikes = 0;
        await using (var counts = Command(connection, "SELECT reaction, COUNT(*) FROM feedback GROUP BY reaction"))
        await using (var reader = await counts.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var count = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                likes += reader.GetString(0) == FeedbackReaction.Like ? count : 0;
                dislikes += reader.GetString(0) == FeedbackReaction.Dislike ? count : 0;
            }
        }
        var comments = new List<FeedbackEntry>();
        await using (var latest = Command(connection, $"SELECT reply_to_id, user_id, user_name, reaction, comment, created_at FROM feedback WHERE comment IS NOT NULL AND comment <> '' ORDER BY created_at DESC LIMIT {latestComments}"))
        await using (var reader = await latest.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                comments.Add(new FeedbackEntry(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                    reader.GetString(4), DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
            }
        }
        return new FeedbackSummary(likes, dislikes, comments);
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            await database.ExecuteAsync(Schema, cancellationToken: cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _created, 1);
        }
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}

/// <summary>The reactions Teams sends in <c>actionValue.reaction</c>.</summary>
public static class FeedbackReaction
{
    public const string Like = "like";
    public const string Dislike = "dislike";
}
