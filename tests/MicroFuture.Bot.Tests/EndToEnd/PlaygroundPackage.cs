namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>
/// The pinned Agents Playground in tests/e2e. CI installs it in .ci/setup; a plain <c>dotnet test</c> on a fresh
/// clone installs it here with <c>npm ci</c> (needs node and npm on the PATH).
/// </summary>
public static class PlaygroundPackage
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The Playground's command-line program inside node_modules.</summary>
    public static string Program => Path.Combine(RepositoryLayout.EndToEndFolder, "node_modules", ".bin", OperatingSystem.IsWindows() ? "agentsplayground.cmd" : "agentsplayground");

    /// <summary>The fixed conversation, users and bot ids the Playground serves.</summary>
    public static string ConfigurationFile => Path.Combine(RepositoryLayout.EndToEndFolder, ".m365agentsplayground.yml");

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Program))
        {
            return;
        }
        var npm = ExecutableSearch.Find("npm")
            ?? throw new InvalidOperationException("The end-to-end tests need Node.js and npm on the PATH to install the Agents Playground (tests/e2e).");
        using var install = ChildProcess.Start("npm", npm, ["ci", "--no-audit", "--no-fund"], RepositoryLayout.EndToEndFolder, new Dictionary<string, string?>(), InstallTimeout);
        try
        {
            await install.WaitForExitAsync().WaitAsync(InstallTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"npm ci in tests/e2e did not finish within {InstallTimeout.TotalMinutes:0} minutes.\n{install.AllOutput()}");
        }
        if (install.ExitCode != 0 || !File.Exists(Program))
        {
            throw new InvalidOperationException($"npm ci in tests/e2e failed (exit code {install.ExitCode}).\n{install.AllOutput()}");
        }
    }
}
