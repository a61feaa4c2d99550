using System.IO.Compression;
using System.Text.Json.Nodes;
using BigGustave;
using MicroFuture.Bot.Teams;
using Microsoft.Extensions.Configuration;

namespace MicroFuture.Bot.Tests.Teams;

public sealed class AppPackageCommandTests : IDisposable
{
    private const string AppId = "3f2a9c4e-1b7d-4e8a-9c21-5d6f7a8b9c0d";
    private const string Host = "bot.microfuture.example";

    private readonly string folder = Directory.CreateTempSubdirectory("microfuture-package-").FullName;

    private string OutputPath => Path.Combine(folder, "out", "microfuture-teams.zip");

    [Fact]
    public async Task Package_ValidArguments_WritesZipWithFilledManifestAndIcons()
    {
        // Arrange
        string[] args = ["--app-id", AppId, "--host", Host, "--out", OutputPath];

        // Act
        var run = await RunAsync(args);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"Wrote {OutputPath}", run.Output);
        using var zip = ZipFile.OpenRead(OutputPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = ReadManifest(zip);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(Host, (string?)Assert.Single(manifest["validDomains"]!.AsArray()));
        Assert.Equal("https://privacy.microfuture.example/", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("1.29", (string?)manifest["manifestVersion"]);
        Assert.Contains("/teams/v1.29/", (string?)manifest["$schema"]);
        Assert.DoesNotContain("{{", manifest.ToJsonString());
    }

    [Fact]
    public async Task Package_ValidArguments_ManifestPassesTheTeamsSchema()
    {
        // Arrange
        await RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath]);
        var manifestFile = Path.Combine(folder, "manifest.json");
        using (var zip = ZipFile.OpenRead(OutputPath))
        {
            zip.GetEntry("manifest.json")!.ExtractToFile(manifestFile);
        }
        var validator = new ManifestSchemaValidator(Path.Combine(ManifestFolder.Locate(), ManifestFolder.ValidatorFolder));

        // Act
        var errors = await validator.ValidateAsync(manifestFile, CancellationToken.None);

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Package_AppIdNotGuid_RefusedWithSchemaReasonAndNoZip()
    {
        // Act
        var run = await RunAsync(["--app-id", "microfuture-app", "--host", Host, "--out", OutputPath]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("manifest.json: /id must match pattern", run.Error);
        Assert.Contains("manifest.json: /bots/0/botId must match pattern", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Package_ColorIconWrongSize_RefusedNamingIconAndSizeAndNoZip()
    {
        // Act
        var run = await RunWithIconAsync("color.png", 100, withAlpha: false, new Pixel(14, 124, 102));

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("color.png is 100×100 pixels; Teams needs exactly 192×192", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Package_OutlineIconWithoutTransparency_RefusedNamingOutline()
    {
        // Act
        var run = await RunWithIconAsync("outline.png", 32, withAlpha: false, new Pixel(255, 255, 255));

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("outline.png has no alpha channel", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Package_OutlineIconNotWhite_RefusedCountingColouredPixels()
    {
        // Act
        var run = await RunWithIconAsync("outline.png", 32, withAlpha: true, new Pixel(14, 124, 102, 255, false));

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("outline.png has 1024 visible pixels that are not white", run.Error);
    }

    [Fact]
    public async Task Package_IconsNotPng_RefusedNamingEachIcon()
    {
        // Arrange
        var manifestFolder = CopyManifestFolder();
        File.WriteAllText(Path.Combine(manifestFolder, "color.png"), "not an image");
        var outline = Path.Combine(manifestFolder, "outline.png");
        File.WriteAllBytes(outline, File.ReadAllBytes(outline)[..40]);

        // Act
        var run = await RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath, "--manifest-dir", manifestFolder]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("color.png is not a PNG file", run.Error);
        Assert.Contains("outline.png is not a readable PNG", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Package_HostMissing_RefusedSayingHostIsNeeded()
    {
        // Act
        var run = await RunAsync(["--app-id", AppId, "--out", OutputPath]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--host is missing", run.Error);
        Assert.Contains("usage: package --app-id <guid> --host <domain>", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Package_HostGivenAsUrl_RefusedAskingForTheDomainOnly()
    {
        // Act
        var run = await RunAsync(["--app-id", AppId, "--host", $"https://{Host}/api/messages", "--out", OutputPath]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a domain name: give the host only", run.Error);
    }

    [Fact]
    public async Task Package_PrivacyUrlNotConfigured_RefusedNamingTheConfigKey()
    {
        // Arrange
        var settings = Settings();
        settings["TeamsApp:PrivacyUrl"] = "";

        // Act
        var run = await RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath], settings);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("TeamsApp:PrivacyUrl is empty", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    [Fact]
    public async Task Package_NoBotId_UsesConfiguredMicrosoftAppId()
    {
        // Arrange
        const string configuredBotId = "9b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";
        var settings = Settings();
        settings["MicrosoftAppId"] = configuredBotId;

        // Act
        var run = await RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath], settings);

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(OutputPath);
        var manifest = ReadManifest(zip);
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(configuredBotId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Package_DeveloperNameWithQuotes_StaysOneJsonString()
    {
        // Arrange
        var settings = Settings();
        settings["TeamsApp:DeveloperName"] = "MF \"partners\", {x}";

        // Act
        var run = await RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath], settings);

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(OutputPath);
        Assert.Equal("MF \"partners\", {x}", (string?)ReadManifest(zip)["developer"]!["name"]);
    }

    [Fact]
    public async Task Package_TemplateManifestVersionDisagreesWithSchema_RefusedNamingBoth()
    {
        // Arrange
        var manifestFolder = CopyManifestFolder();
        var template = Path.Combine(manifestFolder, "manifest.template.json");
        File.WriteAllText(template, File.ReadAllText(template).Replace("\"manifestVersion\": \"1.29\"", "\"manifestVersion\": \"1.28\""));

        // Act
        var run = await RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath, "--manifest-dir", manifestFolder]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("manifestVersion is '1.28'", run.Error);
        Assert.Contains("manifest.json: /manifestVersion must be equal to constant", run.Error);
        Assert.False(File.Exists(OutputPath));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed record Run(int ExitCode, string Output, string Error);

    private static Dictionary<string, string?> Settings() => new()
    {
        ["TeamsApp:DeveloperName"] = "MICROFUTURE partnership",
        ["TeamsApp:WebsiteUrl"] = "https://www.microfuture.example/",
        ["TeamsApp:PrivacyUrl"] = "https://privacy.microfuture.example/",
        ["TeamsApp:TermsOfUseUrl"] = "https://terms.microfuture.example/",
    };

    private static async Task<Run> RunAsync(string[] args, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? Settings()).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new AppPackageCommand(configuration, output, error).RunAsync(args, CancellationToken.None);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    private static JsonObject ReadManifest(ZipArchive zip)
    {
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }

    private string CopyManifestFolder()
    {
        var copy = Directory.CreateDirectory(Path.Combine(folder, "manifest")).FullName;
        foreach (var file in new[] { ManifestFolder.TemplateFile, ManifestFolder.ColorIcon, ManifestFolder.OutlineIcon })
        {
            File.Copy(Path.Combine(ManifestFolder.Locate(), file), Path.Combine(copy, file));
        }
        return copy;
    }

    // The shipped template and icons, with one icon replaced by a plain square.
    private Task<Run> RunWithIconAsync(string icon, int size, bool withAlpha, Pixel fill)
    {
        var manifestFolder = CopyManifestFolder();
        WritePng(Path.Combine(manifestFolder, icon), size, withAlpha, fill);
        return RunAsync(["--app-id", AppId, "--host", Host, "--out", OutputPath, "--manifest-dir", manifestFolder]);
    }

    private static void WritePng(string path, int size, bool withAlpha, Pixel fill)
    {
        var builder = PngBuilder.Create(size, size, withAlpha);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                builder.SetPixel(fill, x, y);
            }
        }
        File.WriteAllBytes(path, builder.Save());
    }
}
