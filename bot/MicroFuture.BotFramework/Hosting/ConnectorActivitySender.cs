using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Hosting;

/// <summary>Sends a turn's activities through the Connector: a reply when <c>replyToId</c> is set, else a plain send.</summary>
public sealed class ConnectorActivitySender(IConnectorClient connector) : IActivitySender
{
    // ReplyToActivityAsync itself sends to the conversation when replyToId is empty.
    public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.ReplyToActivityAsync(activity, cancellationToken);

    public Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        connector.DeleteActivityAsync(
            reference.ServiceUrl ?? throw new ArgumentException("No serviceUrl.", nameof(reference)),
            reference.Conversation?.Id ?? throw new ArgumentException("No conversation id.", nameof(reference)),
            activityId,
            cancellationToken);
}

/// <summary>Collects a turn's activities for an <c>expectReplies</c> response instead of sending them.</summary>
public sealed class BufferedActivitySender : IActivitySender
{
    private readonly List<Activity> _activities = [];

    public IReadOnlyList<Activity> Activities => _activities;

    public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_activities)
        {
            _activities.Add(activity);
        }
        return Task.FromResult<ResourceResponse?>(new ResourceResponse { Id = Guid.NewGuid().ToString("N") });
    }

    public Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
