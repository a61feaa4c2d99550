namespace MicroFuture.Bot.Downloads;

/// <summary>Makes a file name safe for a URL segment and for every browser's save dialog.</summary>
public static class DownloadFileName
{
    private const int MaxLength = 120;
    private const string Fallback = "download";

    public static string Sanitize(string fileName)
    {
        var kept = new string(fileName.Where(c => !char.IsControl(c) && !"/\\:*?\"<>|".Contains(c)).ToArray()).Trim().Trim('.').Trim();
        if (kept.Length > MaxLength)
        {
            var extension = Path.GetExtension(kept);
            extension = extension.Length <= 10 ? extension : "";
            kept = kept[..(MaxLength - extension.Length)].TrimEnd() + extension;
        }
        return kept.Length == 0 ? Fallback : kept;
    }
}
