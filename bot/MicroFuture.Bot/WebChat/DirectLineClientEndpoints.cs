using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MicroFuture.BotFramework;
using MicroFuture.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MicroFuture.Bot.WebChat;

/// <summary>
/// The client side of Direct Line 3.0 under <c>/v3/directline</c>, the subset Web Chat uses with polling:
/// start (and reconnect to) a conversation, post activities, poll activities by watermark, refresh the token.
/// Every conversation route needs that conversation's token (403 otherwise); unknown conversations get 404.
/// </summary>
public static class DirectLineClientEndpoints
{
    public const string Root = "/v3/directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Root);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
    }

    private static async Task<IResult> StartAsync(
        HttpContext http,
        DirectLineConversations conversations,
        DirectLineChannel channel,
        IOptions<DirectLineOptions> options,
        IOptions<BotFrameworkOptions> engine,
        CancellationToken cancellationToken)
    {
        var bearer = DirectLineRequests.BearerToken(http.Request);
        // A token that already started a conversation starts nothing new (Direct Line answers 200 with it).
        if (conversations.FindByToken(bearer) is { } existing)
        {
            return Results.Json(Describe(existing, options.Value), DirectLineJsonContext.Default.DirectLineConversationResponse);
        }
        if (!string.IsNullOrEmpty(options.Value.Secret) && !IsSecret(bearer, options.Value.Secret))
        {
            return DirectLineRequests.Forbidden();
        }
        var (start, error) = await DirectLineRequests.ReadJsonAsync(http, DirectLineJsonContext.Default.DirectLineStartRequest, engine.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }
        var user = start?.User is { Id.Length: > 0 } given
            ? new ChannelAccount { Id = given.Id, Name = given.Name, Role = "user" }
            : new ChannelAccount { Id = "user-" + DirectLineConversation.NewRandomId(9), Role = "user" };
        var conversation = conversations.Start(user);
        if (!channel.SendConversationStart(conversation, start?.Locale))
        {
            conversations.Forget(conversation.Id);
            return DirectLineRequests.Error(StatusCodes.Status502BadGateway, "BotUnavailable", "The bot is too busy; try again.");
        }
        return Results.Json(Describe(conversation, options.Value), DirectLineJsonContext.Default.DirectLineConversationResponse, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, DirectLineConversations conversations, IOptions<DirectLineOptions> options, TimeProvider time) =>
        WithConversation(conversationId, request, conversations, time, conversation =>
        {
            conversation.Touch(time.GetUtcNow());
            return Results.Json(Describe(conversation, options.Value), DirectLineJsonContext.Default.DirectLineConversationResponse);
        });

    private static IResult GetActivities(string conversationId, string? watermark, HttpRequest request, DirectLineConversations conversations, TimeProvider time) =>
        WithConversation(conversationId, request, conversations, time, conversation =>
        {
            long? after = long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            var (activities, next) = conversation.After(after, time.GetUtcNow());
            return Results.Json(new DirectLineActivitySet { Activities = activities, Watermark = next }, DirectLineJsonContext.Default.DirectLineActivitySet);
        });

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext http,
        DirectLineConversations conversations,
        DirectLineChannel channel,
        IOptions<BotFrameworkOptions> engine,
        TimeProvider time)
    {
        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return DirectLineRequests.NotFound();
        }
        if (!conversation.Accepts(DirectLineRequests.BearerToken(http.Request), time.GetUtcNow()))
        {
            return DirectLineRequests.Forbidden();
        }
        var (activity, error) = await DirectLineRequests.ReadActivityAsync(http, engine.Value.MaxActivityBytes).ConfigureAwait(false);
        if (activity is null)
        {
            return error!;
        }
        return channel.Post(conversation, activity) is { } id
            ? Results.Json(new ResourceResponse { Id = id }, DirectLineJsonContext.Default.ResourceResponse)
            : DirectLineRequests.Error(StatusCodes.Status502BadGateway, "BotUnavailable", "The bot is too busy; try again.");
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineConversations conversations, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        if (conversations.FindByToken(DirectLineRequests.BearerToken(request)) is not { } conversation)
        {
            return DirectLineRequests.Forbidden();
        }
        conversation.RefreshToken(time.GetUtcNow(), options.Value.TokenLifetime);
        return Results.Json(Describe(conversation, options.Value), DirectLineJsonContext.Default.DirectLineConversationResponse);
    }

    private static IResult WithConversation(string conversationId, HttpRequest request, DirectLineConversations conversations, TimeProvider time, Func<DirectLineConversation, IResult> action)
    {
        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return DirectLineRequests.NotFound();
        }
        return conversation.Accepts(DirectLineRequests.BearerToken(request), time.GetUtcNow())
            ? action(conversation)
            : DirectLineRequests.Forbidden();
    }

    private static DirectLineConversationResponse Describe(DirectLineConversation conversation, DirectLineOptions options) => new()
    {
        ConversationId = conversation.Id,
        Token = conversation.Token,
        ExpiresIn = (int)options.TokenLifetime.TotalSeconds,
    };

    private static bool IsSecret(string? bearer, string secret) =>
        bearer is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(secret));
}
