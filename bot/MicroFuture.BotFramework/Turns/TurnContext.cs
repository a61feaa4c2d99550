using System.Security.Claims;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;

namespace MicroFuture.BotFramework.Turns;

/// <summary>The turn context the adapter builds for each inbound activity.</summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, IActivitySender sender, TurnState state) : ITurnContext
{
    public Activity Activity { get; } = activity;
    public ClaimsIdentity Identity { get; } = identity;
    public TurnState State { get; } = state;
    public bool Responded { get; private set; }
    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ApplyAddressing(activity);
        activity.Id = null; // channels assign ids (spec A2031)
        var response = await sender.SendAsync(activity, cancellationToken).ConfigureAwait(false);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ApplyAddressing(activity);
        return sender.UpdateAsync(activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        sender.DeleteAsync(Activity.GetConversationReference(), activityId, cancellationToken);

    // Handlers may build bare activities; the addressing always comes from the inbound one.
    private void ApplyAddressing(Activity outgoing)
    {
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= Activity.ChannelId;
        outgoing.ServiceUrl ??= Activity.ServiceUrl;
        outgoing.Conversation ??= Activity.Conversation;
        outgoing.From ??= Activity.Recipient;
        outgoing.Recipient ??= Activity.From;
        outgoing.Locale ??= Activity.Locale;
    }
}
