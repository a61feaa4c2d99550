using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Hosting;

/// <summary>The bot: a router built from every registered feature.</summary>
public sealed class MicroFutureBot : IBot
{
    private readonly ActivityRouter _router = new();

    public MicroFutureBot(IEnumerable<IBotFeature> features)
    {
        foreach (var feature in features)
        {
            feature.Register(_router);
        }
    }

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => _router.OnTurnAsync(turn, cancellationToken);
}
