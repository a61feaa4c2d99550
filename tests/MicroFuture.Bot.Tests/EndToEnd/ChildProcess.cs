using System.Diagnostics;

namespace MicroFuture.Bot.Tests.EndToEnd;

/// <summary>
/// A program the tests start (the bot, the Playground, npm): its output is kept line by line for the test log,
/// and disposing kills its whole process tree. On Linux it runs under <c>timeout</c>, so it cannot outlive a
/// test host that dies without disposing it. An environment value of null removes that variable.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _name;
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _taken;

    private ChildProcess(string name, Process process)
    {
        _name = name;
        _process = process;
    }

    /// <summary>Completes when the program has ended.</summary>
    public Task Exited => _exited.Task;

    /// <summary>Waits until the program has ended and its output has been read to the end.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>The exit code, once <see cref="Exited"/> has completed.</summary>
    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(string name, string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan lifetime)
    {
        var start = new ProcessStartInfo
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true, // nothing reads the test host's console through it
            UseShellExecute = false,
        };
        var limiter = OperatingSystem.IsWindows() ? null : ExecutableSearch.Find("timeout");
        if (limiter is null)
        {
            start.FileName = fileName;
        }
        else
        {
            start.FileName = limiter;
            start.ArgumentList.Add("--kill-after=10");
            start.ArgumentList.Add(((int)lifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(fileName);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key); // not inherited from the test host
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child._exited.TrySetResult();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The first output line (past or future) that <paramref name="match"/> accepts; fails if the program ends first or time runs out.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            _waiters.Add((match, found));
        }
        Task first;
        try
        {
            first = await Task.WhenAny(found.Task, Exited).WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{_name} did not print the expected line within {timeout.TotalSeconds:0} s.\n{AllOutput()}");
        }
        if (first == found.Task)
        {
            return await found.Task.ConfigureAwait(false);
        }
        _process.WaitForExit(); // lets the last output lines arrive
        throw new InvalidOperationException($"{_name} ended (exit code {ExitCode}) before printing the expected line.\n{AllOutput()}");
    }

    /// <summary>The output lines printed since the last call, prefixed with the program's name.</summary>
    public string TakeNewOutput()
    {
        lock (_lines)
        {
            var fresh = _lines.Skip(_taken).Select(line => $"[{_name}] {line}").ToList();
            _taken = _lines.Count;
            return string.Join('\n', fresh);
        }
    }

    /// <summary>Everything the program printed so far.</summary>
    public string AllOutput()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines.Select(line => $"[{_name}] {line}"));
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lines)
        {
            _lines.Add(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(line);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // it ended between the check and the kill
        }
        _process.Dispose();
    }
}
