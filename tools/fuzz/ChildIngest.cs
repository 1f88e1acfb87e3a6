using System.Diagnostics;
using Analytics.Pipeline.Load;

namespace Analytics.Fuzz;

/// <summary>The real ingest command as a child process (`dotnet analytics.dll ingest CORPUS --db FILE --batch N`), to be killed at will.</summary>
public sealed class ChildIngest : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _tail = [];
    private int _lines;

    private ChildIngest(Process process) => _process = process;

    public static ChildIngest Start(string corpus, string db, int batch = Ingestor.BatchSize)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(Ingestor).Assembly.Location, "ingest", corpus, "--db", db, "--batch", $"{batch}" }) start.ArgumentList.Add(arg);
        var child = new ChildIngest(Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet"));
        child._process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Waits until the ingest has printed <paramref name="lines"/> lines (one per document, printed after the
    /// transaction of its batch), then <paramref name="delay"/> more; if it is still running then, kills it (SIGKILL, with its
    /// children). Counting lines puts the kills across the whole ingest however fast or slow the machine is. True when killed.
    /// </summary>
    public bool KillAfter(int lines, TimeSpan delay)
    {
        while (Volatile.Read(ref _lines) < lines && !_process.HasExited) Thread.Sleep(1);
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

    /// <summary>Lines printed so far (stdout and stderr).</summary>
    public int Lines => Volatile.Read(ref _lines);

    public string Tail
    {
        get { lock (_tail) return string.Join('\n', _tail); }
    }

    public void Dispose() => _process.Dispose();

    private void Keep(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref _lines);
        lock (_tail)
        {
            _tail.Add(line);
            if (_tail.Count > 20) _tail.RemoveAt(0);
        }
    }
}
