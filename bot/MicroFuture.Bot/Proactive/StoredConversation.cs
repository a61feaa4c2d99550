using MicroFuture.BotFramework.Schema;

namespace MicroFuture.Bot.Proactive;

/// <summary>
/// A conversation the bot can message proactively: its reference, the user of a personal chat (channel user id and
/// Entra object id), the conversation type, the tenant, and whether it came from an authenticated activity.
/// </summary>
public sealed record StoredConversation(
    ConversationReference Reference,
    string ConversationType,
    string? UserId,
    string? AadObjectId,
    string? TenantId,
    bool Authenticated)
{
    public string ChannelId => Reference.ChannelId ?? "";

    public string ConversationId => Reference.Conversation?.Id ?? "";

    /// <summary>The user as the project directory matches it (null for channels and group chats).</summary>
    public ChannelAccount? User => UserId is null ? null : new ChannelAccount { Id = UserId, AadObjectId = AadObjectId };

    public bool IsPersonal => ConversationType == ConversationTypes.Personal;
}

/// <summary>Teams' <c>conversation.conversationType</c> values.</summary>
public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
