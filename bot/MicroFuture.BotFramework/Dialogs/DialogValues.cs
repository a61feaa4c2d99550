using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Dialogs;

/// <summary>
/// Named values a dialog keeps across turns, stored as JSON inside its instance state. Store simple POCOs,
/// primitives, <see cref="DateOnly"/>, decimals...: each value is serialised on <see cref="Set{T}"/> and read back
/// with <see cref="Get{T}"/>.
/// </summary>
public sealed class DialogValues(JsonObject json)
{
    /// <summary>Whether <paramref name="name"/> holds a value (a stored null counts as absent).</summary>
    public bool Contains(string name) => json[name] is not null;

    /// <summary>The value <paramref name="name"/> read as <typeparamref name="T"/>, or default when absent.</summary>
    public T? Get<T>(string name) => json[name] is { } node ? node.Deserialize<T>(ProtocolJson.ContentOptions) : default;

    /// <summary>Stores <paramref name="value"/> under <paramref name="name"/> (a null removes it).</summary>
    public void Set<T>(string name, T value)
    {
        if (value is null)
        {
            json.Remove(name);
            return;
        }
        json[name] = JsonSerializer.SerializeToNode(value, ProtocolJson.ContentOptions);
    }

    /// <summary>Removes <paramref name="name"/>.</summary>
    public void Remove(string name) => json.Remove(name);

    /// <summary>The names that hold values.</summary>
    public IEnumerable<string> Names => json.Select(pair => pair.Key);

    /// <summary>The child object <paramref name="name"/> of <paramref name="parent"/>, created when missing.</summary>
    internal static JsonObject ObjectIn(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }
        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
