using Microsoft.Extensions.Configuration;

namespace MicroFuture.Bot.Hosting;

/// <summary>Where the bot keeps its files (SQLite database, caches): config key <c>DataDirectory</c>.</summary>
public sealed class DataDirectory
{
    public const string ConfigKey = "DataDirectory";

    public DataDirectory(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    /// <summary>
    /// The configured directory; a relative value is taken relative to the folder of <c>appsettings.json</c>,
    /// so <c>data</c> means "data/ beside the configuration file" wherever the bot is started from.
    /// </summary>
    public static DataDirectory FromConfiguration(IConfiguration configuration, string configurationFile)
    {
        return new DataDirectory(ConfigurationFile.ResolvePath(configurationFile, configuration[ConfigKey], "data"));
    }
}
