namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>Finds a program on the PATH, as a shell would.</summary>
public static class ExecutableSearch
{
    /// <summary>The full path of <paramref name="name"/>, or null when no PATH folder holds it.</summary>
    public static string? Find(string name)
    {
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", "" } : [""];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders
            .SelectMany(folder => extensions.Select(extension => Path.Combine(folder, name + extension)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The <c>dotnet</c> host running these tests (so the bot runs on the same runtime).</summary>
    public static string DotNetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : Find("dotnet") ?? throw new FileNotFoundException("The dotnet host is not on the PATH.");
}
