using System.Security.Claims;
using MicroFuture.BotFramework.Hosting;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Tests.Turns;

/// <summary>Builds turn contexts over an in-memory store; sends land in <see cref="BufferedActivitySender"/>.</summary>
internal static class Turn
{
    public static Activity Message(string? text, string conversationId = "a:c1", string userId = "29:user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = userId, Name = "Alex" },
        Recipient = new ChannelAccount { Id = "28:bot-1", Name = "MicroFuture" },
        Conversation = new ConversationAccount { Id = conversationId, TenantId = "t-1", ConversationType = "personal" },
        Locale = "it-IT",
    };

    public static async Task<TurnContext> CreateAsync(Activity activity, IStorage? storage = null, IActivitySender? sender = null) =>
        new(activity, new ClaimsIdentity(), sender ?? new BufferedActivitySender(),
            await TurnState.LoadAsync(storage ?? new MemoryStorage(), activity, CancellationToken.None));
}
