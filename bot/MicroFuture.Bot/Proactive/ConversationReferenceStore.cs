using System.Text.Json;
using MicroFuture.Bot.Schedule;
using MicroFuture.Bot.Storage;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Proactive;

/// <summary>
/// Conversation references in the product database (table <c>conversation_refs</c>): one row per
/// (channel id, conversation id), replaced each time the conversation talks to the bot, flagged removed when the
/// bot is uninstalled there. Channel thread ids (<c>…;messageid=…</c>) are stored as the channel itself, so a
/// reminder starts a new post in the channel.
/// </summary>
public sealed class ConversationReferenceStore(BotDatabase database, ProjectDirectory directory)
{
    private const string Columns = "reference_json, conversation_type, user_id, aad_object_id, tenant_id, authenticated";
    private readonly TableSchema _schema = new(database, """
        CREATE TABLE IF NOT EXISTS conversation_refs (
          channel_id TEXT NOT NULL, conversation_id TEXT NOT NULL, reference_json TEXT NOT NULL,
          conversation_type TEXT NOT NULL, user_id TEXT, aad_object_id TEXT, tenant_id TEXT,
          authenticated INTEGER NOT NULL, removed INTEGER NOT NULL, updated_at TEXT NOT NULL,
          PRIMARY KEY (channel_id, conversation_id))
        """);

    public async Task SaveAsync(StoredConversation conversation, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync("""
            INSERT INTO conversation_refs (channel_id, conversation_id, reference_json, conversation_type, user_id, aad_object_id, tenant_id, authenticated, removed, updated_at)
            VALUES (@channel, @conversation, @reference, @type, @user, @aad, @tenant, @authenticated, 0, @now)
            ON CONFLICT (channel_id, conversation_id) DO UPDATE SET reference_json = excluded.reference_json,
              conversation_type = excluded.conversation_type, user_id = COALESCE(excluded.user_id, conversation_refs.user_id),
              aad_object_id = COALESCE(excluded.aad_object_id, conversation_refs.aad_object_id), tenant_id = excluded.tenant_id,
              authenticated = excluded.authenticated, removed = 0, updated_at = excluded.updated_at
            """, new Dictionary<string, object?>
            {
                ["@channel"] = conversation.ChannelId,
                ["@conversation"] = conversation.ConversationId,
                ["@reference"] = JsonSerializer.Serialize(conversation.Reference, ProtocolJson.Options),
                ["@type"] = conversation.ConversationType,
                ["@user"] = conversation.UserId,
                ["@aad"] = conversation.AadObjectId,
                ["@tenant"] = conversation.TenantId,
                ["@authenticated"] = conversation.Authenticated ? 1 : 0,
                ["@now"] = DatabaseQueries.Stamp(now),
            }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks a conversation removed (bot uninstalled): it gets no more proactive messages.</summary>
    public async Task MarkRemovedAsync(string channelId, string conversationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await database.ExecuteAsync("UPDATE conversation_refs SET removed = 1, updated_at = @now WHERE channel_id = @channel AND conversation_id = @conversation",
            new Dictionary<string, object?> { ["@channel"] = channelId, ["@conversation"] = CanonicalId(conversationId), ["@now"] = DatabaseQueries.Stamp(now) },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The personal chats of one user (matched by channel user id or Entra object id).</summary>
    public async Task<IReadOnlyList<StoredConversation>> PersonalOfUserAsync(ChannelAccount user, CancellationToken cancellationToken = default) =>
        [.. (await PersonalAsync(cancellationToken).ConfigureAwait(false)).Where(c => SameUser(c, user))];

    /// <summary>The personal chats of every member of <paramref name="partner"/>.</summary>
    public async Task<IReadOnlyList<StoredConversation>> PersonalOfPartnerAsync(PartnerOrganisation partner, CancellationToken cancellationToken = default) =>
        [.. (await PersonalAsync(cancellationToken).ConfigureAwait(false))
            .Where(c => directory.PartnerOf(c.User) is { } of && string.Equals(of.Name, partner.Name, StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// "Everyone": the personal chats of every user who belongs to a partner. When no partner has members configured
    /// (a fresh or local set-up), everyone is every stored personal chat, so the bot is still usable before the
    /// directory is filled in.
    /// </summary>
    public async Task<IReadOnlyList<StoredConversation>> PersonalOfEveryoneAsync(CancellationToken cancellationToken = default)
    {
        var all = await PersonalAsync(cancellationToken).ConfigureAwait(false);
        var anyMembers = directory.Partners.Any(p => p.Members.Count > 0);
        return anyMembers ? [.. all.Where(c => directory.PartnerOf(c.User) is not null)] : all;
    }

    /// <summary>The stored reference of a channel or group chat conversation, or null.</summary>
    public async Task<StoredConversation?> ConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = await database.QueryAsync($"SELECT {Columns} FROM conversation_refs WHERE channel_id = @channel AND conversation_id = @conversation AND removed = 0",
            new Dictionary<string, object?> { ["@channel"] = channelId, ["@conversation"] = CanonicalId(conversationId) }, Read, cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    /// <summary>Service URLs of conversations saved from authenticated activities (to trust again after a restart).</summary>
    public async Task<IReadOnlyList<string>> AuthenticatedServiceUrlsAsync(CancellationToken cancellationToken = default)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var rows = await database.QueryAsync($"SELECT {Columns} FROM conversation_refs WHERE authenticated = 1 AND removed = 0",
            new Dictionary<string, object?>(), Read, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.Reference.ServiceUrl).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>A channel thread (<c>19:…@thread.tacv2;messageid=…</c>) is stored as its channel.</summary>
    public static string CanonicalId(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private async Task<List<StoredConversation>> PersonalAsync(CancellationToken cancellationToken)
    {
        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        return await database.QueryAsync($"SELECT {Columns} FROM conversation_refs WHERE conversation_type = @type AND removed = 0 ORDER BY updated_at",
            new Dictionary<string, object?> { ["@type"] = ConversationTypes.Personal }, Read, cancellationToken).ConfigureAwait(false);
    }

    private static bool SameUser(StoredConversation conversation, ChannelAccount user) =>
        (user.Id is not null && string.Equals(conversation.UserId, user.Id, StringComparison.Ordinal))
        || (user.AadObjectId is not null && string.Equals(conversation.AadObjectId, user.AadObjectId, StringComparison.OrdinalIgnoreCase));

    private static StoredConversation Read(System.Data.Common.DbDataReader reader) => new(
        JsonSerializer.Deserialize<ConversationReference>(reader.GetString(0), ProtocolJson.Options)!,
        reader.GetString(1),
        reader.NullableString(2),
        reader.NullableString(3),
        reader.NullableString(4),
        Convert.ToInt64(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) == 1);
}
