using MicroFuture.Bot.Hosting;

namespace MicroFuture.Bot.Knowledge.Curator;

/// <summary>
/// The bot's own composition (same appsettings.json, knowledge folder and data directory) built but never started:
/// no Kestrel, no hosted services, so a curator command reads the knowledge exactly as the running bot does.
/// </summary>
internal static class CuratorHost
{
    public static WebApplication Build(IReadOnlyDictionary<string, string?>? overrides)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddMicroFuture();
        // Log lines would interleave with the report; the report itself lists problems and model failures.
        var settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.Build();
    }
}
