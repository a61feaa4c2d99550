using System.Text.Json;
using System.Text.Json.Nodes;
using MicroFuture.Bot.Hosting;

namespace MicroFuture.Bot.Teams;

/// <summary>
/// <c>dotnet run --project bot/MicroFuture.Bot -- package --app-id &lt;guid&gt; --host &lt;domain&gt; --out microfuture-teams.zip</c>:
/// renders <c>manifest/manifest.template.json</c>, validates it against the Teams v1.29 schema, checks the icons and
/// writes the zip to upload in Teams. Nothing is written unless every check passes; every failed check is listed.
/// </summary>
public sealed class AppPackageCommand(IConfiguration configuration, TextWriter output, TextWriter error)
{
    public const string Name = "package";

    /// <summary>Runs the command with the bot's own configuration (appsettings.json, then the environment) and the console.</summary>
    public static Task<int> RunFromConsoleAsync(IReadOnlyList<string> args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(ConfigurationFile.Locate(Directory.GetCurrentDirectory()), optional: true)
            .AddEnvironmentVariables()
            .Build();
        return new AppPackageCommand(configuration, Console.Out, Console.Error).RunAsync(args, CancellationToken.None);
    }

    /// <summary>0 when the package was written, 1 (with the reasons on the error writer) when it was refused.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var arguments = AppPackageArguments.Parse(args, problems);
        var teamsApp = configuration.GetSection(TeamsAppOptions.SectionName).Get<TeamsAppOptions>() ?? new TeamsAppOptions();
        problems.AddRange(teamsApp.Problems());
        if (arguments is null || problems.Count > 0)
        {
            return Refuse(problems, showUsage: arguments is null);
        }

        var manifestFolder = Path.GetFullPath(arguments.ManifestDirectory ?? ManifestFolder.Locate());
        var botId = arguments.BotId ?? NonEmpty(configuration["MicrosoftAppId"]) ?? arguments.AppId;
        var manifest = Render(manifestFolder, arguments, botId, teamsApp, problems);
        if (manifest is null)
        {
            return Refuse(problems, showUsage: false);
        }

        var manifestJson = ManifestTemplate.Serialize(manifest);
        problems.AddRange(VersionProblems(manifest));
        problems.AddRange(await ValidateSchemaAsync(manifestJson, cancellationToken));
        var colorIcon = Path.Combine(manifestFolder, ManifestFolder.ColorIcon);
        var outlineIcon = Path.Combine(manifestFolder, ManifestFolder.OutlineIcon);
        problems.AddRange(IconCheck.Color(colorIcon));
        problems.AddRange(IconCheck.Outline(outlineIcon));
        if (problems.Count > 0)
        {
            return Refuse(problems, showUsage: false);
        }

        AppPackageZip.Write(arguments.OutputPath, manifestJson, colorIcon, outlineIcon);
        await output.WriteLineAsync(
            $"Wrote {Path.GetFullPath(arguments.OutputPath)}: Teams app {arguments.AppId}, bot {botId}, host {arguments.Host}. " +
            "Upload it in Teams (Apps > Manage your apps > Upload an app).");
        return 0;
    }

    private static JsonObject? Render(string manifestFolder, AppPackageArguments arguments, string botId, TeamsAppOptions teamsApp, List<string> problems)
    {
        var templateFile = Path.Combine(manifestFolder, ManifestFolder.TemplateFile);
        if (!File.Exists(templateFile))
        {
            problems.Add($"{ManifestFolder.TemplateFile} not found in {manifestFolder}");
            return null;
        }
        var values = new Dictionary<string, string>
        {
            ["AppId"] = arguments.AppId,
            ["BotId"] = botId,
            ["HostDomain"] = arguments.Host,
            ["AppVersion"] = arguments.AppVersion,
            ["DeveloperName"] = teamsApp.DeveloperName!,
            ["WebsiteUrl"] = teamsApp.WebsiteUrl!,
            ["PrivacyUrl"] = teamsApp.PrivacyUrl!,
            ["TermsOfUseUrl"] = teamsApp.TermsOfUseUrl!,
        };
        try
        {
            return ManifestTemplate.Render(File.ReadAllText(templateFile), values, problems);
        }
        catch (JsonException e)
        {
            problems.Add($"{ManifestFolder.TemplateFile} is not valid JSON: {e.Message}");
            return null;
        }
    }

    // The schema pins manifestVersion; $schema must name that same version so tools pick the matching schema.
    private static IEnumerable<string> VersionProblems(JsonObject manifest)
    {
        var version = (manifest["manifestVersion"] as JsonValue)?.ToString();
        var schema = (manifest["$schema"] as JsonValue)?.ToString();
        if (version != ManifestSchemaValidator.ManifestVersion)
        {
            yield return $"manifest.json: manifestVersion is '{version}'; this package is built for {ManifestSchemaValidator.ManifestVersion}";
        }
        if (schema?.Contains($"/teams/v{version}/", StringComparison.Ordinal) != true)
        {
            yield return $"manifest.json: $schema '{schema}' does not name manifestVersion {version} (expected {ManifestSchemaValidator.SchemaUrl})";
        }
    }

    private static async Task<IReadOnlyList<string>> ValidateSchemaAsync(string manifestJson, CancellationToken cancellationToken)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("microfuture-manifest-").FullName, AppPackageZip.ManifestEntry);
        try
        {
            await File.WriteAllTextAsync(file, manifestJson, cancellationToken);
            var validatorFolder = Path.Combine(ManifestFolder.Locate(), ManifestFolder.ValidatorFolder);
            return await new ManifestSchemaValidator(validatorFolder).ValidateAsync(file, cancellationToken);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private int Refuse(List<string> problems, bool showUsage)
    {
        error.WriteLine("Teams app package not written:");
        foreach (var problem in problems)
        {
            error.WriteLine($"  - {problem}");
        }
        if (showUsage)
        {
            error.WriteLine(AppPackageArguments.Usage);
        }
        return 1;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
