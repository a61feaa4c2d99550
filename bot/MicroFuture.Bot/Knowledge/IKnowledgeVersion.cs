namespace MicroFuture.Bot.Knowledge;

/// <summary>
/// Optional for an <see cref="IKnowledgeSearch"/>: the version (content hash) of the knowledge it searches now.
/// When the search offers it, a cached answer is dropped the moment the knowledge changes; otherwise the version
/// of the latest search is used.
/// </summary>
public interface IKnowledgeVersion
{
    string KnowledgeVersion { get; }
}
