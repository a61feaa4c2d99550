using System.Security.Claims;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;

namespace MicroFuture.BotFramework.Turns;

/// <summary>Everything a handler sees of one inbound activity, and how it answers.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (its text already stripped of the bot's @mention).</summary>
    Activity Activity { get; }

    /// <summary>Who sent it: the validated token's claims, or an anonymous identity in local mode.</summary>
    ClaimsIdentity Identity { get; }

    /// <summary>Conversation and user state, loaded once for the turn and saved once at its end if changed.</summary>
    TurnState State { get; }

    /// <summary>Whether the bot has sent anything in this turn.</summary>
    bool Responded { get; }

    /// <summary>The answer to an invoke, returned inline in the HTTP response; null means not handled (501).</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends an activity in this conversation; missing addressing fields are filled from the inbound activity.</summary>
    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message the bot sent earlier.</summary>
    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes a message the bot sent earlier.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}

/// <summary>Convenience sends.</summary>
public static class TurnContextExtensions
{
    public static Task<ResourceResponse?> SendTextAsync(this ITurnContext turn, string text, CancellationToken cancellationToken = default) =>
        turn.SendActivityAsync(turn.Activity.CreateReply(text), cancellationToken);

    /// <summary>Sends a reply whose text Teams renders as markdown.</summary>
    public static Task<ResourceResponse?> SendMarkdownAsync(this ITurnContext turn, string text, CancellationToken cancellationToken = default)
    {
        var reply = turn.Activity.CreateReply(text);
        reply.TextFormat = "markdown";
        return turn.SendActivityAsync(reply, cancellationToken);
    }
}
