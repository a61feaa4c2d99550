using System.Diagnostics;

namespace MicroFuture.Bot.Teams;

/// <summary>What a finished child process printed, and how it ended.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs node or npm to completion, reading both output streams so neither can block the child.</summary>
public static class ExternalProcess
{
    /// <summary>The process's result; null when <paramref name="fileName"/> cannot be started (not installed).</summary>
    public static async Task<ProcessResult?> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            return new ProcessResult(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // it exited between the timeout and the kill
            }
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            return new ProcessResult(-1, "", $"{fileName} did not finish within {timeout.TotalSeconds:0} s");
        }
    }
}
