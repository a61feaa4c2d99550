using System.IO.Compression;
using System.Text;

namespace MicroFuture.Bot.Teams;

/// <summary>Writes the app package Teams accepts for upload: exactly three files at the root of a zip.</summary>
public static class AppPackageZip
{
    public const string ManifestEntry = "manifest.json";

    public static void Write(string outputPath, string manifestJson, string colorIcon, string outlineIcon)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Built next to the target and moved into place, so a failure never leaves half a package behind.
        var partial = outputPath + ".partial";
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(ManifestEntry).Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(manifestJson);
            }
            zip.CreateEntryFromFile(colorIcon, ManifestFolder.ColorIcon);
            zip.CreateEntryFromFile(outlineIcon, ManifestFolder.OutlineIcon);
        }
        File.Move(partial, outputPath, overwrite: true);
    }
}
