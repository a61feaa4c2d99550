namespace MicroFuture.Bot.Tests.WebChat;

/// <summary>The machine's Chromium (Debian's <c>chromium</c> package, installed by <c>.ci/setup</c>), found on PATH.</summary>
public static class Chromium
{
    /// <summary>Flags for a quiet headless run that contacts nothing by itself.</summary>
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>The path of <c>chromium</c>; fails the test (never skips it) when it is not installed.</summary>
    public static string Locate()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }
        Assert.Fail(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? "Chromium is not installed: run `bash .ci/setup` (it installs Debian's chromium package), then run the tests again."
            : "Chromium is not installed on this CI machine: .ci/setup must install Debian's chromium package before the tests run.");
        return "";
    }
}
