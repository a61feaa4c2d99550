using System.Data.Common;
using System.Text.Json;
using MicroFuture.BotFramework.State;

namespace MicroFuture.Bot.Storage;

/// <summary>
/// What the SQL state stores share: the table <c>state (key, value, etag)</c>, and the ETag rules of
/// <see cref="StoreItem"/> as one conditional statement per item (the same SQL in SQLite and PostgreSQL),
/// which affects exactly one row unless the writer's ETag is stale.
/// </summary>
internal static class StateTable
{
    public static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>The conditional write of one item, with parameters from <see cref="AddWriteParameters"/>.</summary>
    public static string WriteSql(StoreItem change) => change.ETag switch
    {
        StoreItem.AnyETag => "INSERT INTO state (key, value, etag) VALUES (@key, @value, @etag) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag",
        null => "INSERT INTO state (key, value, etag) VALUES (@key, @value, @etag) ON CONFLICT (key) DO NOTHING",
        _ => "UPDATE state SET value = @value, etag = @etag WHERE key = @key AND etag = @expected",
    };

    public static void AddWriteParameters(DbParameterCollection parameters, Func<DbParameter> create, string key, StoreItem change, string etag)
    {
        Add("@key", key);
        Add("@value", change.Value.GetRawText());
        Add("@etag", etag);
        if (change.ETag is not (null or StoreItem.AnyETag))
        {
            Add("@expected", change.ETag);
        }

        void Add(string name, string value)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value;
            parameters.Add(parameter);
        }
    }

    /// <summary>Reads rows of (key, value, etag).</summary>
    public static async Task<Dictionary<string, StoreItem>> ReadItemsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            using var document = JsonDocument.Parse(reader.GetString(1));
            result[reader.GetString(0)] = new StoreItem(document.RootElement.Clone(), reader.GetString(2));
        }
        return result;
    }
}
