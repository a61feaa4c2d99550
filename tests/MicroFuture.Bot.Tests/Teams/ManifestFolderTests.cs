using MicroFuture.Bot.Teams;

namespace MicroFuture.Bot.Tests.Teams;

public sealed class ManifestFolderTests
{
    [Fact]
    public void BuildOutput_BesideProgram_HoldsManifestFilesButNoNodeModules()
    {
        // Arrange: a published build finds manifest/ beside the program, so the build must copy it there.
        var copy = Path.Combine(AppContext.BaseDirectory, "manifest");

        // Act
        var files = Directory.Exists(copy)
            ? Directory.EnumerateFiles(copy, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(copy, f).Replace('\\', '/')).ToList()
            : [];

        // Assert
        Assert.Contains(ManifestFolder.TemplateFile, files);
        Assert.Contains(ManifestFolder.ColorIcon, files);
        Assert.Contains(ManifestFolder.OutlineIcon, files);
        Assert.Contains("validator/package.json", files);
        Assert.Contains("validator/package-lock.json", files);
        Assert.Contains("validator/validate.js", files);
        Assert.DoesNotContain(files, f => f.Contains("node_modules", StringComparison.Ordinal));
    }

    [Fact]
    public void Locate_RunFromSource_FindsTheRepositoryFolder()
    {
        // Act
        var folder = ManifestFolder.Locate();

        // Assert: the repository's folder (with the solution beside it), not the copy in bin/.
        Assert.True(File.Exists(Path.Combine(folder, "..", "MicroFuture.sln")), folder);
        Assert.True(File.Exists(Path.Combine(folder, ManifestFolder.TemplateFile)));
    }
}
