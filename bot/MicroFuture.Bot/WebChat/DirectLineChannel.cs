using System.Security.Claims;
using System.Text.Json;
using MicroFuture.BotFramework.Auth;
using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.WebChat;

/// <summary>
/// The channel side of Direct Line: addresses what a client sends the way a channel does (id, <c>channelId</c>,
/// <c>conversation</c>, <c>recipient</c>, <c>serviceUrl</c>) and hands it to the bot in-process through the
/// engine's <see cref="TurnQueue"/>. The bot's replies come back over HTTP to <see cref="DirectLineConnectorEndpoints"/>.
/// </summary>
public sealed class DirectLineChannel(TurnQueue queue, DirectLineServiceUrl serviceUrl, IOptions<BotAuthOptions> auth, TimeProvider time)
{
    public const string ChannelId = "directline";

    /// <summary>The caller is the Direct Line endpoint itself, which has already checked the conversation's token.</summary>
    private static readonly ClaimsIdentity Identity = new([new Claim("channel", ChannelId)], "DirectLine");

    /// <summary>The bot as members of a Direct Line conversation see it.</summary>
    public ChannelAccount Bot => new()
    {
        Id = string.IsNullOrWhiteSpace(auth.Value.MicrosoftAppId) ? "microfuture-bot" : auth.Value.MicrosoftAppId,
        Name = "MicroFuture",
        Role = "bot",
    };

    /// <summary>Tells the bot that the bot and the user joined, so it welcomes the user. False when the bot is too busy.</summary>
    public bool SendConversationStart(DirectLineConversation conversation, string? locale)
    {
        var update = Addressed(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineConversation.NewRandomId(12),
            From = conversation.User,
            MembersAdded = [Bot, conversation.User],
            Locale = locale,
        }, conversation);
        return queue.TryEnqueue(update, Identity);
    }

    /// <summary>
    /// Records a client's activity in the history (so the client sees its own message echoed, as Web Chat expects)
    /// and hands a copy to the bot. Returns the new id, or null when the bot is too busy (nothing is recorded then).
    /// </summary>
    public string? Post(DirectLineConversation conversation, Activity activity)
    {
        activity.From = activity.From is { Id.Length: > 0 } from ? from : conversation.User;
        activity.From.Role = "user";
        activity.CallerId = null; // never trusted from the wire
        Addressed(activity, conversation);
        var id = conversation.Append(activity, time.GetUtcNow());
        // The turn's middleware may rewrite the activity (e.g. a card submit's text); the history keeps what the user sent.
        if (queue.TryEnqueue(Copy(activity), Identity))
        {
            return id;
        }
        conversation.Remove(id);
        return null;
    }

    private Activity Addressed(Activity activity, DirectLineConversation conversation)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl.Value;
        activity.Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal", IsGroup = false };
        activity.Recipient = Bot;
        activity.Timestamp = time.GetUtcNow();
        return activity;
    }

    private static Activity Copy(Activity activity) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(activity, DirectLineJsonContext.Default.Activity), DirectLineJsonContext.Default.Activity)!;
}
