namespace MicroFuture.Bot.Knowledge.Index;

/// <summary>The knowledge index: section <c>Knowledge:Index</c> of the configuration.</summary>
public sealed class KnowledgeIndexOptions
{
    public const string SectionName = "Knowledge:Index";

    /// <summary>Dense retrieval with the local embedding model; off = full text only (no model is loaded).</summary>
    public bool Embeddings { get; set; } = true;

    /// <summary>Quiet time after a change in the knowledge folder before the index is rebuilt.</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the folder's content hashes are checked anyway (file watchers can miss events).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);
}
