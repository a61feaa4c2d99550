using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.State;

/// <summary>
/// One scope of state (conversation or user): named, typed properties kept as one JSON document.
/// Typed values are handed out by reference and written back when the turn saves.
/// </summary>
public sealed class StateScope
{
    private readonly JsonObject _document;
    // Fresh = created by Get for a missing property, with its JSON then: left untouched it is not worth a write.
    private readonly Dictionary<string, (object Value, Type Type, string? Fresh)> _live = new(StringComparer.Ordinal);

    internal StateScope(string key, StoreItem? loaded)
    {
        Key = key;
        ETag = loaded?.ETag;
        _document = loaded is null ? new JsonObject() : JsonNode.Parse(loaded.Value.GetRawText()) as JsonObject ?? new JsonObject();
        // Compare against the document's own rendering, so storage formatting never looks like a change.
        LoadedJson = loaded is null ? null : _document.ToJsonString();
    }

    public string Key { get; }
    internal string? ETag { get; set; }
    internal string? LoadedJson { get; set; }

    /// <summary>The property <paramref name="name"/>, created with <c>new T()</c> when absent.</summary>
    public T Get<T>(string name) where T : class, new()
    {
        if (_live.TryGetValue(name, out var live))
        {
            return (T)live.Value;
        }
        var stored = _document[name]?.Deserialize<T>(ProtocolJson.ContentOptions);
        var value = stored ?? new T();
        _live[name] = (value, typeof(T), stored is null ? ToJson(value, typeof(T)) : null);
        return value;
    }

    /// <summary>Replaces the property <paramref name="name"/>.</summary>
    public void Set<T>(string name, T value) where T : class => _live[name] = (value, typeof(T), null);

    /// <summary>Removes the property <paramref name="name"/>.</summary>
    public void Remove(string name)
    {
        _live.Remove(name);
        _document.Remove(name);
    }

    /// <summary>Clears every property of this scope.</summary>
    public void Clear()
    {
        _live.Clear();
        _document.Clear();
    }

    internal string Serialize()
    {
        foreach (var (name, (value, type, fresh)) in _live)
        {
            var node = JsonSerializer.SerializeToNode(value, type, ProtocolJson.ContentOptions);
            if (fresh is not null && !_document.ContainsKey(name) && node?.ToJsonString() == fresh)
            {
                continue;
            }
            _document[name] = node;
        }
        return _document.ToJsonString();
    }

    private static string? ToJson(object value, Type type) =>
        JsonSerializer.SerializeToNode(value, type, ProtocolJson.ContentOptions)?.ToJsonString();
}

/// <summary>The state of one turn: the conversation scope and the user scope.</summary>
public sealed class TurnState(StateScope conversation, StateScope user)
{
    public StateScope Conversation { get; } = conversation;
    public StateScope User { get; } = user;

    /// <summary>Storage key of a conversation's state.</summary>
    public static string ConversationKey(Activity activity) =>
        $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";

    /// <summary>Storage key of a user's state.</summary>
    public static string UserKey(Activity activity) =>
        $"{activity.ChannelId}/users/{activity.From?.Id}";

    /// <summary>Loads both scopes with one read.</summary>
    public static async Task<TurnState> LoadAsync(IStorage storage, Activity activity, CancellationToken cancellationToken)
    {
        var conversationKey = ConversationKey(activity);
        var userKey = UserKey(activity);
        var items = await storage.ReadAsync([conversationKey, userKey], cancellationToken).ConfigureAwait(false);
        return new TurnState(
            new StateScope(conversationKey, items.GetValueOrDefault(conversationKey)),
            new StateScope(userKey, items.GetValueOrDefault(userKey)));
    }

    /// <summary>Writes the scopes that changed, in one write; a concurrent change elsewhere raises <see cref="StorageConflictException"/>.</summary>
    public async Task SaveAsync(IStorage storage, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        var changed = new List<(StateScope Scope, string Json)>();
        foreach (var scope in new[] { Conversation, User })
        {
            var json = scope.Serialize();
            var unchanged = scope.LoadedJson is null ? json == "{}" : json == scope.LoadedJson;
            if (!unchanged)
            {
                changes[scope.Key] = new StoreItem(JsonDocument.Parse(json).RootElement.Clone(), scope.ETag);
                changed.Add((scope, json));
            }
        }
        if (changes.Count == 0)
        {
            return;
        }
        var etags = await storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
        foreach (var (scope, json) in changed)
        {
            scope.ETag = etags[scope.Key];
            scope.LoadedJson = json;
        }
    }
}
