namespace MicroFuture.Bot.Teams;

/// <summary>The options of <c>package</c>, as given on the command line.</summary>
public sealed record AppPackageArguments(
    string AppId, string Host, string OutputPath, string? BotId, string? ManifestDirectory, string AppVersion)
{
    public const string DefaultOutputPath = "microfuture-teams.zip";
    public const string DefaultAppVersion = "1.0.0";

    public const string Usage =
        "usage: package --app-id <guid> --host <domain> [--out microfuture-teams.zip] [--bot-id <guid>] " +
        "[--app-version 1.0.0] [--manifest-dir <folder with manifest.template.json, color.png, outline.png>]";

    private static readonly string[] Known = ["--app-id", "--host", "--out", "--bot-id", "--manifest-dir", "--app-version"];

    /// <summary>Reads <c>--name value</c> or <c>--name=value</c> pairs; on failure the list says every problem.</summary>
    public static AppPackageArguments? Parse(IReadOnlyList<string> args, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            if (!Known.Contains(name))
            {
                problems.Add($"unknown argument '{args[i]}'");
                continue;
            }
            value ??= i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} needs a value");
                continue;
            }
            values[name] = value.Trim();
        }

        if (!values.ContainsKey("--app-id"))
        {
            problems.Add("--app-id is missing: give the Teams app id (a GUID)");
        }
        if (!values.TryGetValue("--host", out var host))
        {
            problems.Add("--host is missing: give the domain the bot is reached at, e.g. --host bot.example.org");
        }
        else if (Uri.CheckHostName(host) is not (UriHostNameType.Dns or UriHostNameType.IPv4))
        {
            problems.Add($"--host '{host}' is not a domain name: give the host only, without https:// or a path");
        }

        return problems.Count > 0
            ? null
            : new AppPackageArguments(
                values["--app-id"], values["--host"], values.GetValueOrDefault("--out", DefaultOutputPath),
                values.GetValueOrDefault("--bot-id"), values.GetValueOrDefault("--manifest-dir"),
                values.GetValueOrDefault("--app-version", DefaultAppVersion));
    }
}
