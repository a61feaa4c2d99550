using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using MicroFuture.Bot.Proactive;
using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Schedule.Meetings;

/// <summary>
/// <see cref="IMeetingStore"/> on the product database (SQLite or PostgreSQL). Times are UTC ISO-8601 text of fixed
/// width (so text order is time order on both engines); offsets and audience are JSON text.
/// </summary>
public sealed class SqlMeetingStore(BotDatabase database) : IMeetingStore
{
    private const string Columns = "id, title, start_utc, time_zone, duration_seconds, location, reminders, audience, created_by, created_utc, cancelled, version";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    // Created before the first query, not at host start: with Storage:Provider Memory a bot that never meets a
    // meeting command leaves no database file behind.
    private readonly TableSchema _schema = new(database, """
        CREATE TABLE IF NOT EXISTS meetings (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            start_utc TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            duration_seconds BIGINT NULL,
            location TEXT NULL,
            reminders TEXT NOT NULL,
            audience TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            cancelled INTEGER NOT NULL,
            version INTEGER NOT NULL)
        """);

    /// <summary>Adds a meeting; throws <see cref="DuplicateMeetingIdException"/> when its id is taken.</summary>
    public async Task AddAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await database.ExecuteAsync(
            $"INSERT INTO meetings ({Columns}) VALUES (@id, @title, @start_utc, @time_zone, @duration_seconds, @location, @reminders, @audience, @created_by, @created_utc, @cancelled, @version) ON CONFLICT (id) DO NOTHING",
            Parameters(meeting), cancellationToken).ConfigureAwait(false);
        if (inserted == 0)
        {
            throw new DuplicateMeetingIdException(meeting.Id);
        }
    }

    public async Task<Meeting?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM meetings WHERE id = @id", new Dictionary<string, object?> { ["@id"] = MeetingIds.Normalize(id) }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Meeting>> UpcomingAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM meetings WHERE cancelled = 0 AND start_utc >= @from ORDER BY start_utc, id",
            new Dictionary<string, object?> { ["@from"] = Format(fromUtc) }, cancellationToken);

    public async Task UpdateAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync(
            "UPDATE meetings SET title = @title, start_utc = @start_utc, time_zone = @time_zone, duration_seconds = @duration_seconds, location = @location, reminders = @reminders, audience = @audience, created_by = @created_by, created_utc = @created_utc, cancelled = @cancelled, version = @version WHERE id = @id",
            Parameters(meeting), cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Meeting>> QueryAsync(string sql, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await database.QueryAsync(sql, parameters, Read, cancellationToken).ConfigureAwait(false);
    }

    private static Meeting Read(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Title = reader.GetString(1),
        StartUtc = DatabaseQueries.ParseStamp(reader.GetString(2)),
        TimeZone = reader.GetString(3),
        Duration = reader.IsDBNull(4) ? null : TimeSpan.FromSeconds(Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture)),
        Location = reader.NullableString(5),
        ReminderOffsets = JsonSerializer.Deserialize<List<long>>(reader.GetString(6))!.Select(TimeSpan.FromSeconds).ToList(),
        Audience = ReadAudience(reader.GetString(7)),
        CreatedBy = reader.GetString(8),
        CreatedUtc = DatabaseQueries.ParseStamp(reader.GetString(9)),
        Cancelled = Convert.ToInt64(reader.GetValue(10), CultureInfo.InvariantCulture) != 0,
        Version = Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> Parameters(Meeting meeting) => new()
    {
        ["@id"] = MeetingIds.Normalize(meeting.Id),
        ["@title"] = meeting.Title,
        ["@start_utc"] = Format(meeting.StartUtc),
        ["@time_zone"] = meeting.TimeZone,
        ["@duration_seconds"] = meeting.Duration is { } duration ? (long)duration.TotalSeconds : null,
        ["@location"] = meeting.Location,
        ["@reminders"] = JsonSerializer.Serialize(meeting.ReminderOffsets.Select(o => (long)o.TotalSeconds).ToList()),
        ["@audience"] = WriteAudience(meeting.Audience),
        ["@created_by"] = meeting.CreatedBy,
        ["@created_utc"] = Format(meeting.CreatedUtc),
        ["@cancelled"] = meeting.Cancelled ? 1 : 0,
        ["@version"] = meeting.Version,
    };

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string WriteAudience(Audience audience) => JsonSerializer.Serialize(new StoredAudience(
        audience.Kind.ToString(),
        audience.PartnerName,
        audience.Conversation is null ? null : ProtocolJson.Serialize(audience.Conversation)));

    private static Audience ReadAudience(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredAudience>(json)!;
        return new Audience(
            Enum.Parse<AudienceKind>(stored.Kind),
            stored.PartnerName,
            stored.Conversation is null ? null : ProtocolJson.Deserialize<ConversationReference>(stored.Conversation));
    }

    // The conversation reference is kept in its wire form, so every field Teams gave survives.
    private sealed record StoredAudience(string Kind, string? PartnerName, string? Conversation);
}

/// <summary>A new meeting's id is already in use (the caller draws another).</summary>
public sealed class DuplicateMeetingIdException(string id) : InvalidOperationException($"Meeting id '{id}' is already in use.");
