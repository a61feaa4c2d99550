using System.Security.Claims;
using MicroFuture.BotFramework.Schema;
using MicroFuture.BotFramework.State;
using MicroFuture.BotFramework.Turns;

namespace MicroFuture.BotFramework.Dialogs.Prompts;

/// <summary>
/// The turn as a validator sees it: counts what the validator sends, because <see cref="ITurnContext.Responded"/>
/// may already be true from earlier in the turn.
/// </summary>
internal sealed class SendCountingTurn(ITurnContext inner) : ITurnContext
{
    public int Sent { get; private set; }
    public Activity Activity => inner.Activity;
    public ClaimsIdentity Identity => inner.Identity;
    public TurnState State => inner.State;
    public bool Responded => inner.Responded;

    public InvokeResponse? InvokeResponse
    {
        get => inner.InvokeResponse;
        set => inner.InvokeResponse = value;
    }

    public Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        Sent++;
        return inner.SendActivityAsync(activity, cancellationToken);
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        inner.DeleteActivityAsync(activityId, cancellationToken);
}
