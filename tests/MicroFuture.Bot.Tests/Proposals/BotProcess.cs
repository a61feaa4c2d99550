using MicroFuture.Bot.Tests.EndToEnd;

namespace MicroFuture.Bot.Tests.Proposals;

/// <summary>The built bot as a real child process on a loopback port and a given data directory; killable with SIGKILL.</summary>
internal sealed class BotProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _process;

    private BotProcess(ChildProcess process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <param name="settings">More configuration as environment variables (e.g. <c>Coordinators__0</c>); they win over the defaults here.</param>
    public static async Task<BotProcess> StartAsync(string dataDirectory, int port, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{port}/");
        var environment = new Dictionary<string, string?>
        {
            ["DataDirectory"] = dataDirectory,
            ["Storage__Provider"] = "Sqlite", // state on disk: what a restart must find again
            ["MicrosoftAppId"] = "", // local mode: the test sends no token
            ["MicrosoftAppPassword"] = "",
            ["Downloads__PublicBaseUrl"] = "",
            ["Knowledge__Folder"] = RepositoryLayout.KnowledgeFolder, // the good practices offered as choices
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[key] = value;
        }
        var process = ChildProcess.Start(
            "bot",
            ExecutableSearch.DotNetHost(),
            [RepositoryLayout.BotAssembly, "--urls", address.GetLeftPart(UriPartial.Authority)],
            AppContext.BaseDirectory,
            environment,
            TimeSpan.FromMinutes(5));
        var bot = new BotProcess(process, address);
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>Kills the process tree at once (SIGKILL on Linux): no shutdown code runs.</summary>
    public void Kill() => _process.Dispose();

    public string Output() => _process.AllOutput();

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.Exited.IsCompleted)
            {
                throw new InvalidOperationException($"The bot ended at start.\n{_process.AllOutput()}");
            }
            try
            {
                if ((await http.GetStringAsync(new Uri(Address, "healthz"))).Trim() == "ok")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200)); // bounded readiness polling of an external process
        }
        throw new TimeoutException($"The bot did not answer /healthz within {StartTimeout.TotalSeconds:0} s.\n{_process.AllOutput()}");
    }

    public void Dispose() => _process.Dispose();
}
