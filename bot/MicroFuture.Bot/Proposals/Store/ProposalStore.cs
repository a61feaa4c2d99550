using System.Text.Json;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;

namespace MicroFuture.Bot.Proposals.Store;

/// <summary>
/// The partners' proposal drafts in the state store: one item per draft (<c>proposals/{user}/{draft}</c>) and an
/// index of the user's draft ids (<c>proposals/{user}</c>). Every key is built from the caller's own channel user id
/// and every read checks the stored owner, so nobody reaches another author's draft. Writes use ETags and retry on a
/// conflict, so two messages of the same author arriving at once both land.
/// </summary>
public sealed class ProposalStore(IStorage storage, TimeProvider time)
{
    // Each conflict means another write of the same author succeeded, so a writer can lose at most once per
    // concurrent writer: the bound must exceed any realistic number of simultaneous messages of one person.
    private const int Attempts = 64;

    /// <summary>Creates an empty draft owned by <paramref name="owner"/>.</summary>
    public async Task<ProposalDraft> CreateAsync(ChannelAccount owner, string name, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var draft = new ProposalDraft
        {
            Name = name,
            OwnerId = OwnerId(owner),
            OwnerAadObjectId = owner.AadObjectId,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [DraftKey(draft.OwnerId, draft.Id)] = new(Serialize(draft)) }, cancellationToken).ConfigureAwait(false);
        await UpdateIndexAsync(draft.OwnerId, ids => ids.Add(draft.Id), cancellationToken).ConfigureAwait(false);
        return draft;
    }

    /// <summary>The draft, or null when it does not exist or is not <paramref name="owner"/>'s.</summary>
    public async Task<ProposalDraft?> GetAsync(ChannelAccount owner, string draftId, CancellationToken cancellationToken = default) =>
        (await ReadAsync(OwnerId(owner), draftId, cancellationToken).ConfigureAwait(false))?.Draft;

    /// <summary>The owner's drafts, oldest first (the numbers of <c>my proposals</c>).</summary>
    public async Task<IReadOnlyList<ProposalDraft>> ListAsync(ChannelAccount owner, CancellationToken cancellationToken = default)
    {
        var ownerId = OwnerId(owner);
        var ids = await ReadIndexAsync(ownerId, cancellationToken).ConfigureAwait(false);
        if (ids.Ids.Count == 0)
        {
            return [];
        }
        var items = await storage.ReadAsync([.. ids.Ids.Select(id => DraftKey(ownerId, id))], cancellationToken).ConfigureAwait(false);
        return [.. items.Values.Select(item => Deserialize(item.Value)).Where(d => d.OwnerId == ownerId).OrderBy(d => d.CreatedUtc).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored draft and saves it at once (re-reading and re-applying when
    /// another write came first). Returns the saved draft, or null when it is not the owner's.
    /// </summary>
    public async Task<ProposalDraft?> UpdateAsync(ChannelAccount owner, string draftId, Action<ProposalDraft> change, CancellationToken cancellationToken = default)
    {
        var ownerId = OwnerId(owner);
        // On a conflict another message of the same author saved first: this answer is applied on top of theirs.
        return await WriteWithRetryAsync<ProposalDraft>(DraftKey(ownerId, draftId), async () =>
        {
            if (await ReadAsync(ownerId, draftId, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                return null;
            }
            var draft = stored.Draft;
            change(draft);
            draft.UpdatedUtc = time.GetUtcNow();
            return (new StoreItem(Serialize(draft), stored.ETag), draft);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the owner's draft; false when there was none.</summary>
    public async Task<bool> DeleteAsync(ChannelAccount owner, string draftId, CancellationToken cancellationToken = default)
    {
        var ownerId = OwnerId(owner);
        if (await ReadAsync(ownerId, draftId, cancellationToken).ConfigureAwait(false) is null)
        {
            return false;
        }
        await storage.DeleteAsync([DraftKey(ownerId, draftId)], cancellationToken).ConfigureAwait(false);
        await UpdateIndexAsync(ownerId, ids => ids.Remove(draftId), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The id drafts are owned by: the channel user id (<c>from.id</c>), stable per user and channel.</summary>
    public static string OwnerId(ChannelAccount owner) =>
        string.IsNullOrWhiteSpace(owner.Id) ? throw new ArgumentException("A draft needs an author with an id.", nameof(owner)) : owner.Id;

    private async Task<(ProposalDraft Draft, string? ETag)?> ReadAsync(string ownerId, string draftId, CancellationToken cancellationToken)
    {
        var key = DraftKey(ownerId, draftId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var item))
        {
            return null;
        }
        var draft = Deserialize(item.Value);
        // The key already names the owner; the stored owner is checked too, so a mix-up can never leak a draft.
        return draft.OwnerId == ownerId ? (draft, item.ETag) : null;
    }

    private async Task<DraftIndex> ReadIndexAsync(string ownerId, CancellationToken cancellationToken)
    {
        var key = IndexKey(ownerId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item)
            ? (item.Value.Deserialize<DraftIndex>(ProtocolJson.ContentOptions) ?? new DraftIndex()) with { ETag = item.ETag }
            : new DraftIndex();
    }

    // On a conflict a draft was created or deleted at the same moment: the change is redone on the fresh list.
    private Task UpdateIndexAsync(string ownerId, Action<List<string>> change, CancellationToken cancellationToken) =>
        WriteWithRetryAsync<List<string>>(IndexKey(ownerId), async () =>
        {
            var index = await ReadIndexAsync(ownerId, cancellationToken).ConfigureAwait(false);
            var ids = index.Ids.ToList();
            change(ids);
            var value = JsonSerializer.SerializeToElement(new DraftIndex { Ids = ids }, ProtocolJson.ContentOptions);
            return (new StoreItem(value, index.ETag), ids);
        }, cancellationToken);

    /// <summary>
    /// Writes the item <paramref name="prepare"/> builds from a fresh read (carrying that read's ETag), and on a
    /// conflict reads and builds it again. <paramref name="prepare"/> returns null to stop without writing.
    /// </summary>
    private async Task<T?> WriteWithRetryAsync<T>(string key, Func<Task<(StoreItem Item, T Result)?>> prepare, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await prepare().ConfigureAwait(false) is not { } next)
            {
                return null;
            }
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = next.Item }, cancellationToken).ConfigureAwait(false);
                return next.Result;
            }
            catch (StorageConflictException) when (attempt < Attempts)
            {
                // Another write came first: read again and redo the change.
            }
        }
    }

    private static string IndexKey(string ownerId) => $"proposals/{Uri.EscapeDataString(ownerId)}";

    private static string DraftKey(string ownerId, string draftId) => $"{IndexKey(ownerId)}/{Uri.EscapeDataString(draftId)}";

    private static JsonElement Serialize(ProposalDraft draft) => JsonSerializer.SerializeToElement(draft, ProtocolJson.ContentOptions);

    private static ProposalDraft Deserialize(JsonElement value) =>
        value.Deserialize<ProposalDraft>(ProtocolJson.ContentOptions) ?? throw new JsonException("A stored proposal draft is empty.");

    private sealed record DraftIndex
    {
        public List<string> Ids { get; init; } = [];

        [System.Text.Json.Serialization.JsonIgnore]
        public string? ETag { get; init; }
    }
}
