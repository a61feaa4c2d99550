using MicroFuture.BotFramework.Connector;
using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Proactive;

/// <summary>
/// Sends a new activity into a stored conversation through the Connector (<c>SendToConversation</c>). The service
/// URL is checked by the Connector client: stored references came from authenticated activities, whose URLs are
/// trusted again at start (<see cref="ServiceUrlTrustRestorer"/>). Errors surface as <see cref="ConnectorException"/>.
/// </summary>
public sealed class ProactiveSender(IConnectorClient connector)
{
    public Task<ResourceResponse?> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken = default)
    {
        var addressed = reference.CreateActivity(activity.Type ?? ActivityTypes.Message);
        addressed.Text = activity.Text;
        addressed.TextFormat = activity.TextFormat;
        addressed.Summary = activity.Summary;
        addressed.Attachments = activity.Attachments;
        addressed.Entities = activity.Entities;
        addressed.ChannelData = activity.ChannelData;
        addressed.Recipient = null; // posting to the conversation, not replying to a member
        return connector.SendToConversationAsync(addressed, cancellationToken);
    }
}
