namespace MicroFuture.BotFramework.Turns;

/// <summary>The one contract the adapter knows: handle a turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}

/// <summary>Runs around every turn, before and after the bot (<paramref name="next"/>).</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(ITurnContext turn, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
