using System.Text.Json;

namespace MicroFuture.BotFramework.State;

/// <summary>
/// A stored JSON document and its version. On write, <see cref="ETag"/> says what the writer expects:
/// null = the key must not exist yet, <c>"*"</c> = overwrite whatever is there, anything else = must equal the stored version.
/// </summary>
public sealed record StoreItem(JsonElement Value, string? ETag = null)
{
    public const string AnyETag = "*";
}

/// <summary>Thrown when a write's expected ETag does not match the stored one (someone else wrote first).</summary>
public sealed class StorageConflictException(string key) : Exception($"The stored item '{key}' was changed by another writer.")
{
    public string Key { get; } = key;
}

/// <summary>Key/value storage of JSON documents with optimistic concurrency.</summary>
public interface IStorage
{
    /// <summary>Reads the keys that exist; missing keys are absent from the result. Each item carries its current ETag.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all items or none; returns the new ETag of each key. Throws <see cref="StorageConflictException"/> on a stale ETag.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
