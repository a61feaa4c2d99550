using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.Turns;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Proactive;

/// <summary>
/// Saves the conversation reference whenever a user or channel talks to the bot or installs it (message,
/// installationUpdate, conversationUpdate), and marks it removed on uninstall. Only authenticated activities count
/// (or any in local mode): a forged activity must not plant a service URL the bot would later call with its token.
/// A storage failure is logged and never breaks the turn.
/// </summary>
public sealed partial class ConversationReferenceMiddleware(
    ConversationReferenceStore store,
    IOptions<BotAuthOptions> auth,
    TimeProvider time,
    ILogger<ConversationReferenceMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var relevant = activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.InstallationUpdate) || activity.IsType(ActivityTypes.ConversationUpdate);
        var trusted = turn.Identity.IsAuthenticated || auth.Value.IsLocalMode;
        if (relevant && trusted && activity.Conversation?.Id is { Length: > 0 } && activity.ChannelId is { Length: > 0 } && activity.ServiceUrl is { Length: > 0 })
        {
            try
            {
                await RecordAsync(activity, turn.Identity.IsAuthenticated, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                SaveFailed(logger, exception);
            }
        }
        await next(cancellationToken).ConfigureAwait(false);
    }

    private Task RecordAsync(Activity activity, bool authenticated, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (IsRemoval(activity))
        {
            return store.MarkRemovedAsync(activity.ChannelId!, activity.Conversation!.Id!, now, cancellationToken);
        }
        return store.SaveAsync(ToStored(activity, authenticated), now, cancellationToken);
    }

    /// <summary>The stored form of an inbound activity's conversation.</summary>
    public static StoredConversation ToStored(Activity activity, bool authenticated)
    {
        var reference = activity.GetConversationReference();
        var type = activity.Conversation?.ConversationType ?? (activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal);
        var tenant = activity.Conversation?.TenantId ?? activity.GetTeamsChannelData()?.Tenant?.Id;
        reference.Conversation = new ConversationAccount
        {
            Id = ConversationReferenceStore.CanonicalId(activity.Conversation!.Id!),
            Name = activity.Conversation.Name,
            IsGroup = activity.Conversation.IsGroup,
            ConversationType = type,
            TenantId = tenant,
        };
        reference.ActivityId = null; // a reminder is a new message, never a reply
        var personal = type == ConversationTypes.Personal;
        var user = activity.From;
        if (personal && user is not null && activity.Recipient?.Id is { } botId && user.Id == botId)
        {
            user = activity.MembersAdded?.FirstOrDefault(m => m.Id != botId) ?? user;
        }
        reference.User = personal ? user : null;
        return new StoredConversation(reference, type, personal ? user?.Id : null, personal ? user?.AadObjectId : null, tenant, authenticated);
    }

    private static bool IsRemoval(Activity activity) =>
        (activity.IsType(ActivityTypes.InstallationUpdate) && activity.Action is "remove" or "remove-upgrade")
        || (activity.IsType(ActivityTypes.ConversationUpdate) && activity.Recipient?.Id is { } bot && activity.MembersRemoved?.Any(m => m.Id == bot) == true);

    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Could not save the conversation reference")]
    private static partial void SaveFailed(ILogger logger, Exception exception);
}
