using MicroFuture.BotFramework.Schema;

namespace MicroFuture.BotFramework.Turns;

/// <summary>Where a turn's outgoing activities go: the Connector, or a buffer for <c>expectReplies</c>.</summary>
public interface IActivitySender
{
    Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken cancellationToken);
    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
