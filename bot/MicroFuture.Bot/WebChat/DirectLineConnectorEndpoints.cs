using MicroFuture.BotFramework;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.WebChat;

/// <summary>
/// The bot-facing side: the Connector REST routes (<c>POST|PUT|DELETE {prefix}/v3/conversations/{id}/activities[/{activityId}]</c>)
/// the bot calls with its replies, since Direct Line activities carry <see cref="DirectLineServiceUrl"/>. Replies
/// go into the conversation's history for the client's next poll. Only live Direct Line conversations are accepted
/// (their ids are random and unguessable); anything else is 404.
/// </summary>
public static class DirectLineConnectorEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineServiceUrl.Prefix + "/v3/conversations/{conversationId}/activities");
        group.AddEndpointFilter((context, next) => IsFromThisMachine(context.HttpContext.Connection)
            ? next(context)
            : ValueTask.FromResult<object?>(DirectLineRequests.Error(StatusCodes.Status403Forbidden, "Forbidden", "Only the bot itself may call these routes.")));
        group.MapPost("", (string conversationId, HttpContext http, DirectLineConversations conversations, DirectLineChannel channel, IOptions<BotFrameworkOptions> engine, TimeProvider time) =>
            SendAsync(conversationId, null, http, conversations, channel, engine.Value, time));
        group.MapPost("/{activityId}", (string conversationId, string activityId, HttpContext http, DirectLineConversations conversations, DirectLineChannel channel, IOptions<BotFrameworkOptions> engine, TimeProvider time) =>
            SendAsync(conversationId, activityId, http, conversations, channel, engine.Value, time));
        group.MapPut("/{activityId}", UpdateAsync);
        group.MapDelete("/{activityId}", Delete);
    }

    /// <summary>
    /// The bot calls its own address, so its calls come from this machine (loopback, or the very address they
    /// reached); a browser elsewhere cannot post "bot" messages into a conversation even if it knew the id.
    /// </summary>
    internal static bool IsFromThisMachine(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote
        && (System.Net.IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));

    private static async Task<IResult> SendAsync(string conversationId, string? replyToId, HttpContext http, DirectLineConversations conversations, DirectLineChannel channel, BotFrameworkOptions engine, TimeProvider time)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineRequests.NotFound();
        }
        var (activity, error) = await DirectLineRequests.ReadActivityAsync(http, engine.MaxActivityBytes).ConfigureAwait(false);
        if (activity is null)
        {
            return error!;
        }
        activity.ReplyToId ??= replyToId;
        var id = conversation.Append(Completed(activity, conversationId, channel, time), time.GetUtcNow());
        return Results.Json(new ResourceResponse { Id = id }, DirectLineJsonContext.Default.ResourceResponse);
    }

    private static async Task<IResult> UpdateAsync(string conversationId, string activityId, HttpContext http, DirectLineConversations conversations, DirectLineChannel channel, IOptions<BotFrameworkOptions> engine, TimeProvider time)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineRequests.NotFound();
        }
        var (activity, error) = await DirectLineRequests.ReadActivityAsync(http, engine.Value.MaxActivityBytes).ConfigureAwait(false);
        if (activity is null)
        {
            return error!;
        }
        if (!conversation.Remove(activityId))
        {
            return DirectLineRequests.Error(StatusCodes.Status404NotFound, "BadArgument", "Activity not found.");
        }
        // Re-appended under the same id with a new watermark, so polling clients receive the new version.
        activity.Id = activityId;
        conversation.Append(Completed(activity, conversationId, channel, time), time.GetUtcNow(), keepId: true);
        return Results.Json(new ResourceResponse { Id = activityId }, DirectLineJsonContext.Default.ResourceResponse);
    }

    private static IResult Delete(string conversationId, string activityId, DirectLineConversations conversations) =>
        conversations.Find(conversationId) is { } conversation && conversation.Remove(activityId)
            ? Results.Ok()
            : DirectLineRequests.NotFound();

    // Clients tell the bot's messages from their user's by from.role, as the Direct Line service stamps it.
    private static Activity Completed(Activity activity, string conversationId, DirectLineChannel channel, TimeProvider time)
    {
        activity.From ??= channel.Bot;
        activity.From.Role = "bot";
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        activity.ChannelId ??= DirectLineChannel.ChannelId;
        activity.Timestamp ??= time.GetUtcNow();
        return activity;
    }
}
