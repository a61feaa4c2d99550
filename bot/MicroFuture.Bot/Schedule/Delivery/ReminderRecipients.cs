using MicroFuture.Bot.Proactive;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.Schedule.Delivery;

/// <summary>One conversation a meeting message goes to, and the time zone it is shown in.</summary>
public sealed record ReminderRecipient(StoredConversation Conversation, string TimeZone);

/// <summary>
/// Turns a meeting's audience into conversations: everyone's and a partner's members' personal chats from the
/// reference store, or the channel the meeting was scheduled in. Each person sees their partner's zone; others
/// and channels see <see cref="ReminderOptions.DefaultTimeZone"/>.
/// </summary>
public sealed class ReminderRecipients(ConversationReferenceStore store, ProjectDirectory directory, IOptions<ReminderOptions> options)
{
    public async Task<IReadOnlyList<ReminderRecipient>> ResolveAsync(Audience audience, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StoredConversation> conversations = audience.Kind switch
        {
            AudienceKind.Partner => directory.FindPartner(audience.PartnerName ?? "") is { } partner
                ? await store.PersonalOfPartnerAsync(partner, cancellationToken).ConfigureAwait(false)
                : [],
            AudienceKind.ThisChannel => audience.Conversation is { } reference ? [await ChannelAsync(reference, cancellationToken).ConfigureAwait(false)] : [],
            _ => await store.PersonalOfEveryoneAsync(cancellationToken).ConfigureAwait(false),
        };
        return [.. conversations.Select(c => new ReminderRecipient(c, directory.PartnerOf(c.User)?.TimeZone ?? options.Value.DefaultTimeZone))];
    }

    // The stored row has the freshest service URL; the audience's own reference is the fallback.
    private async Task<StoredConversation> ChannelAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var stored = await store.ConversationAsync(reference.ChannelId ?? "", reference.Conversation?.Id ?? "", cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return stored;
        }
        var conversation = reference.Conversation ?? new ConversationAccount();
        var copy = new ConversationReference
        {
            Bot = reference.Bot,
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
            Conversation = new ConversationAccount
            {
                Id = ConversationReferenceStore.CanonicalId(conversation.Id ?? ""),
                Name = conversation.Name,
                IsGroup = conversation.IsGroup,
                ConversationType = conversation.ConversationType,
                TenantId = conversation.TenantId,
            },
        };
        return new StoredConversation(copy, conversation.ConversationType ?? ConversationTypes.Channel, null, null, conversation.TenantId, Authenticated: false);
    }
}
