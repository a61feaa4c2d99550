namespace MicroFuture.Bot.Teams;

/// <summary>
/// The <c>manifest/</c> folder (template, icons, schema validator): the repository's when run from source, where
/// <c>.ci/setup</c> installed the validator, else the copy the build puts beside the program.
/// </summary>
public static class ManifestFolder
{
    public const string TemplateFile = "manifest.template.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";
    public const string ValidatorFolder = "validator";

    public static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "manifest");
            if (File.Exists(Path.Combine(folder.FullName, "MicroFuture.sln")) && File.Exists(Path.Combine(candidate, TemplateFile)))
            {
                return candidate;
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "manifest");
    }
}
