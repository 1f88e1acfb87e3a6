using System.Diagnostics;

namespace Analytics.Pipeline.Fuzz;

/// <summary>The real ingest command as a child process (`dotnet analytics.dll ingest CORPUS --db FILE`), to be killed at will.</summary>
public sealed class ChildIngest : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _tail = [];

    private ChildIngest(Process process) => _process = process;

    public static ChildIngest Start(string corpus, string db)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(ChildIngest).Assembly.Location, "ingest", corpus, "--db", db }) start.ArgumentList.Add(arg);
        var child = new ChildIngest(Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet"));
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits up to <paramref name="delay"/>; if the ingest is still running then, kills it (SIGKILL, with its children). True when killed.</summary>
    public bool KillAfter(TimeSpan delay)
    {
        if (_process.WaitForExit(delay)) { _process.WaitForExit(); return false; }
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return true;
    }

    /// <summary>Waits for the ingest to finish; its exit code.</summary>
    public int Wait(TimeSpan limit)
    {
        if (!_process.WaitForExit(limit)) { _process.Kill(entireProcessTree: true); _process.WaitForExit(); return -1; }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public string Tail
    {
        get { lock (_tail) return string.Join('\n', _tail); }
    }

    public void Dispose() => _process.Dispose();

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _tail.Add(line);
            if (_tail.Count > 20) _tail.RemoveAt(0);
        }
    }
}
