using MicroFuture.BotFramework.Turns;

namespace MicroFuture.Bot.Hosting;

/// <summary>A product feature adds its routes to the bot's router. Features register in the order they should match.</summary>
public interface IBotFeature
{
    void Register(ActivityRouter router);
}
