using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>The end-to-end tests share one bot and one Playground per test run.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Agents Playground";
}

/// <summary>
/// Starts the real bot (<c>dotnet MicroFuture.Bot.dll</c>, local mode, empty data directory, the repository's knowledge)
/// and the pinned Microsoft 365 Agents Playground pointed at it, both on free 127.0.0.1 ports, listens to the
/// Playground's conversation stream, and waits until the bot's knowledge index has its embeddings (so answers are
/// those of a bot that has finished starting). Disposing kills both process trees.
/// </summary>
public sealed partial class PlaygroundFixture : IAsyncLifetime
{
    // Under `timeout`, so neither can outlive a test run that is killed.
    private static readonly TimeSpan ProcessLifetime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    // Loading the local embedding model and encoding the knowledge (empty data directory) takes ~10 s here.
    private static readonly TimeSpan KnowledgeTimeout = TimeSpan.FromSeconds(90);
    private const string ListeningPrefix = "Listening on ";

    private readonly string _workFolder = Directory.CreateTempSubdirectory("microfuture-e2e-").FullName;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private HttpClient? _playgroundHttp;
    private ChildProcess? _bot;
    private ChildProcess? _playground;
    private PlaygroundFrames? _frames;
    private PlaygroundClient? _client;
    private long _playgroundLogRead;

    /// <summary>Acts as the Teams user.</summary>
    public PlaygroundClient Client => _client ?? throw new InvalidOperationException("The Playground is not started.");

    /// <summary>What the user sees appear in the conversations.</summary>
    public PlaygroundFrames Frames => _frames ?? throw new InvalidOperationException("The Playground is not started.");

    private string PlaygroundLogFile => Path.Combine(_workFolder, "playground.log");

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"The end-to-end environment did not start: {exception.Message}\n{TakeNewLog()}", exception);
        }
    }

    private async Task StartAsync()
    {
        await PlaygroundPackage.EnsureInstalledAsync();

        var bot = new Uri($"http://127.0.0.1:{LoopbackPort.GetFree()}/");
        _bot = ChildProcess.Start(
            "bot",
            ExecutableSearch.DotNetHost(),
            [RepositoryLayout.BotAssembly, "--urls", bot.GetLeftPart(UriPartial.Authority)],
            AppContext.BaseDirectory,
            new Dictionary<string, string?>
            {
                ["DataDirectory"] = Path.Combine(_workFolder, "data"),
                ["MicrosoftAppId"] = "", // local mode whatever the environment holds: the Playground sends no token
                ["MicrosoftAppPassword"] = "",
                ["Knowledge__Folder"] = RepositoryLayout.KnowledgeFolder, // the curated knowledge the answers cite
            },
            ProcessLifetime);
        await WaitForAnswerAsync(_bot, new Uri(bot, "healthz"), "ok");
        // Until the model is loaded the index searches full text only and answers may differ; the Playground starts meanwhile.
        var knowledgeReady = _bot.WaitForLineAsync(IsDenseKnowledgeIndexReady, KnowledgeTimeout);

        _playground = ChildProcess.Start(
            "playground",
            PlaygroundPackage.Program,
            ["start", "-e", new Uri(bot, "api/messages").ToString(), "-c", "msteams", "-p", LoopbackPort.GetFree().ToString(CultureInfo.InvariantCulture), "--disable-telemetry"],
            RepositoryLayout.EndToEndFolder,
            new Dictionary<string, string?>
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = PlaygroundPackage.ConfigurationFile,
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = PlaygroundLogFile, // not into tests/e2e
                // --disable-telemetry leaves the SDK's own usage beacon (statsbeat) on: without this the Playground
                // tries to reach an Application Insights host at start. Tests stay on loopback.
                ["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "1",
                // Any of these from a developer's shell would change what the bot receives or need the internet.
                ["AUTH_CLIENT_ID"] = null,
                ["AUTH_CLIENT_SECRET"] = null,
                ["AUTH_TENANT_ID"] = null,
                ["M365_AGENTS_PLAYGROUND_TARGET_SDK"] = null,
                ["M365_AGENTS_PLAYGROUND_SERVICE_URL"] = null,
                ["M365_AGENTS_PLAYGROUND_DELIVERY_MODE"] = null,
            },
            ProcessLifetime);
        // The Playground moves to a random port when the one asked for is taken; it prints the one it got.
        var listening = await _playground.WaitForLineAsync(line => line.StartsWith(ListeningPrefix, StringComparison.Ordinal), StartTimeout);
        var playground = new Uri($"http://127.0.0.1:{int.Parse(listening[ListeningPrefix.Length..].Trim(), CultureInfo.InvariantCulture)}/");
        await WaitForAnswerAsync(_playground, new Uri(playground, "_debug/ping"), "pong");

        // This call also waits until the Playground reaches the bot's endpoint.
        var config = await _http.GetFromJsonAsync<JsonElement>(new Uri(playground, "_internal/v1/config"));
        _playgroundHttp = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = playground, Timeout = TimeSpan.FromSeconds(30) };
        _client = new PlaygroundClient(_playgroundHttp, PlaygroundConversations.Parse(config));
        using var connecting = new CancellationTokenSource(StartTimeout);
        _frames = await PlaygroundFrames.ConnectAsync(playground, connecting.Token);
        await knowledgeReady;
    }

    /// <summary>The bot's log line "Knowledge index … ready: N sections, … dense True …" with N &gt; 0.</summary>
    private static bool IsDenseKnowledgeIndexReady(string line) => KnowledgeIndexReady().IsMatch(line);

    [GeneratedRegex(@"Knowledge index \S+ ready: [1-9]\d* sections, .*dense True")]
    private static partial Regex KnowledgeIndexReady();

    /// <summary>Polls <paramref name="address"/> until it answers <paramref name="expected"/> (bounded; fails at once if the program ends).</summary>
    private async Task WaitForAnswerAsync(ChildProcess process, Uri address, string expected)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.Exited.IsCompleted)
            {
                throw new InvalidOperationException($"The program behind {address} ended (exit code {process.ExitCode}).");
            }
            try
            {
                if ((await _http.GetStringAsync(address)).Trim() == expected)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        throw new TimeoutException($"{address} did not answer \"{expected}\" within {StartTimeout.TotalSeconds:0} s.");
    }

    /// <summary>Everything the bot and the Playground printed or logged, and every frame received, since the last call.</summary>
    public string TakeNewLog()
    {
        var parts = new[] { _bot?.TakeNewOutput(), _playground?.TakeNewOutput(), TakeNewPlaygroundLog(), _frames?.TakeNewLog() };
        return string.Join('\n', parts.Where(part => !string.IsNullOrEmpty(part)));
    }

    private string TakeNewPlaygroundLog()
    {
        if (!File.Exists(PlaygroundLogFile))
        {
            return "";
        }
        using var file = new FileStream(PlaygroundLogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file.Seek(Math.Min(_playgroundLogRead, file.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(file);
        var fresh = reader.ReadToEnd();
        _playgroundLogRead = file.Length;
        return string.Join('\n', fresh.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => "[playground log] " + line));
    }

    public async Task DisposeAsync()
    {
        if (_frames is not null)
        {
            await _frames.DisposeAsync();
        }
        _playground?.Dispose();
        _bot?.Dispose();
        _playgroundHttp?.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a process that is ending: the OS cleans the temp folder later
        }
    }
}
