using System.Text.Json;

namespace MicroFuture.Bot.Teams;

/// <summary>
/// Validates a manifest against the Teams schema bundled in npm <c>@microsoft/app-manifest</c> (pinned in
/// <c>manifest/validator/package-lock.json</c>), through <c>node validate.js</c>: the validator Microsoft's own tools
/// use, offline. Installs the package with <c>npm ci</c> the first time.
/// </summary>
public sealed class ManifestSchemaValidator(string validatorFolder)
{
    public const string ManifestVersion = "1.29";
    public const string SchemaUrl = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json";

    private static readonly TimeSpan ValidateTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    // One install at a time: concurrent `npm ci` runs in one folder delete each other's files.
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The schema's complaints about <paramref name="manifestFile"/>, or why it could not be checked; empty when valid.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(string manifestFile, CancellationToken cancellationToken)
    {
        var installProblem = await EnsureInstalledAsync(cancellationToken);
        if (installProblem is not null)
        {
            return [installProblem];
        }

        var result = await ExternalProcess.RunAsync("node", ["validate.js", manifestFile], validatorFolder, ValidateTimeout, cancellationToken);
        if (result is null)
        {
            return ["the schema check needs Node.js: 'node' was not found on PATH"];
        }
        try
        {
            var errors = JsonSerializer.Deserialize<string[]>(result.StandardOutput) ?? [];
            if (errors.Length == 0)
            {
                return result.ExitCode == 0 ? [] : [Failure("node validate.js", result)];
            }
            // ajv reports the document root as an empty path: show it as "/".
            return [.. errors.Select(e => "manifest.json: " + (e.StartsWith(' ') ? "/" + e : e))];
        }
        catch (JsonException)
        {
            return [Failure("node validate.js", result)];
        }
    }

    private async Task<string?> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (IsInstalled())
        {
            return null;
        }
        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            if (IsInstalled())
            {
                return null;
            }
            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var result = await ExternalProcess.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], validatorFolder, InstallTimeout, cancellationToken);
            return result switch
            {
                null => "the schema check needs npm to install its validator: 'npm' was not found on PATH",
                { ExitCode: 0 } when IsInstalled() => null,
                _ => Failure($"npm ci in {validatorFolder}", result),
            };
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private bool IsInstalled() =>
        File.Exists(Path.Combine(validatorFolder, "node_modules", "@microsoft", "app-manifest", "package.json"));

    private static string Failure(string what, ProcessResult result) =>
        $"{what} failed (exit code {result.ExitCode}): {(result.StandardError + " " + result.StandardOutput).Trim()}";
}
