using System.Diagnostics;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace MicroFuture.Testing;

/// <summary>
/// A private, throw-away PostgreSQL cluster for tests (an xUnit fixture): <c>initdb</c> into a temp folder, started
/// with <c>pg_ctl</c> on a free 127.0.0.1 port with trust authentication (no password anywhere), stopped and deleted
/// on dispose. Tests ask it for fresh databases with <see cref="CreateDatabaseAsync"/>. Nothing on the machine
/// changes; when root, the cluster runs as the <c>postgres</c> OS user (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private DirectoryInfo? _root;
    private int? _postmasterId;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Task<string>> _classDatabases = new();
    private int _databases;

    /// <summary>The port the cluster listens on (127.0.0.1 only).</summary>
    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_root!.FullName, "data");

    public async Task InitializeAsync()
    {
        var binaries = LocateBinaries();
        _root = Directory.CreateTempSubdirectory("microfuture-pg-");
        try
        {
            if (RunningAsRoot)
            {
                await RunAsync("chown", [ServiceUser, _root.FullName]);
            }
            await RunAsync(Path.Combine(binaries, "initdb"), ["-D", DataDirectory, "--auth=trust", "-U", SuperUser, "--encoding=UTF8", "--no-locale", "--no-sync"], asServiceUser: true);
            await StartOnFreePortAsync(binaries);
            _postmasterId = int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            await WaitUntilReadyAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The database of one test class (created empty on its first call, then the same): xUnit makes a class
    /// instance per test, so the class name says which tests share it.
    /// </summary>
    public Task<string> DatabaseForAsync(Type testClass) =>
        _classDatabases.GetOrAdd(testClass, _ => CreateDatabaseAsync());

    /// <summary>Creates an empty database and returns its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_root is null)
        {
            return;
        }
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")) && LocateBinariesOrNull() is { } binaries)
        {
            // Immediate: nothing here is worth a clean shutdown checkpoint.
            await TryRunAsync(Path.Combine(binaries, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "30"], asServiceUser: true);
        }
        KillIfAlive(_postmasterId);
        try
        {
            _root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a backend still exiting holds a file: the OS cleans temp folders later
        }
        _root = null;
    }

    private static bool RunningAsRoot => Environment.IsPrivilegedProcess;

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        // A throw-away cluster: no pooling across tests keeps the server's backend count low.
        MaxPoolSize = 20,
        Timeout = 30,
    }.ConnectionString;

    private async Task StartOnFreePortAsync(string binaries)
    {
        // Another process may take the probed port before the server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = LoopbackPort.GetFree();
            var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k '{_root!.FullName}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            var (exitCode, output) = await RunAsync(Path.Combine(binaries, "pg_ctl"),
                ["start", "-D", DataDirectory, "-l", Path.Combine(_root.FullName, "server.log"), "-w", "-t", "60", "-o", options],
                asServiceUser: true, throwOnError: false);
            if (exitCode == 0)
            {
                return;
            }
            if (attempt == 3)
            {
                throw new InvalidOperationException($"pg_ctl start failed ({exitCode}): {output}\n{ServerLog()}");
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        // pg_ctl -w already waited; this bounded loop proves a real client can log in over TCP.
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or SocketException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private string ServerLog()
    {
        var log = Path.Combine(_root!.FullName, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static void KillIfAlive(int? processId)
    {
        if (processId is null)
        {
            return;
        }
        try
        {
            using var process = Process.GetProcessById(processId.Value);
            if (process.ProcessName is "postgres" or "postmaster")
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>The folder with initdb and pg_ctl: <c>pg_config --bindir</c>, else Debian's versioned folders (newest first).</summary>
    private static string LocateBinaries() => LocateBinariesOrNull() ?? throw new InvalidOperationException(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found (neither `pg_config --bindir` nor /usr/lib/postgresql/<version>/bin). " +
        "Run `bash .ci/setup`, which installs them (Debian package postgresql-15).");

    private static string? LocateBinariesOrNull()
    {
        var candidates = new List<string>();
        try
        {
            using var pgConfig = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = pgConfig.StandardOutput.ReadToEnd().Trim();
            pgConfig.WaitForExit();
            if (pgConfig.ExitCode == 0)
            {
                candidates.Add(output);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no pg_config on the PATH
        }
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            candidates.AddRange(Directory.GetDirectories(debian)
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), out var version) ? version : 0)
                .Select(folder => Path.Combine(folder, "bin")));
        }
        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static async Task TryRunAsync(string program, IReadOnlyList<string> arguments, bool asServiceUser)
    {
        try
        {
            await RunAsync(program, arguments, asServiceUser, throwOnError: false);
        }
        catch (Exception exception) when (exception is TimeoutException or System.ComponentModel.Win32Exception)
        {
            // the process kill below still ends the server
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IReadOnlyList<string> arguments, bool asServiceUser = false, bool throwOnError = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asServiceUser && RunningAsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", ServiceUser, "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 120 s.");
        }
        var output = (await stdout) + (await stderr);
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {output}");
        }
        return (process.ExitCode, output);
    }
}
