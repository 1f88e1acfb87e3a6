using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>What a child process did: exit code and output, or why it gave none (missing, out of time, too much output).</summary>
internal sealed record ChildResult(int ExitCode, string Stdout, string Stderr, bool Missing = false, bool TimedOut = false, bool TooMuchOutput = false)
{
    public bool Ok => !Missing && !TimedOut && !TooMuchOutput && ExitCode == 0;

    /// <summary>The first line of its error output (the cause, before the consequences), for a message.</summary>
    public string Why => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .FirstOrDefault() ?? $"exit code {ExitCode}";
}

/// <summary>
/// Runs a converter (tesseract, pdftoppm, antiword, catdoc) as a child process: arguments passed as a list (never a
/// shell), bounded in wall time (the whole process tree is killed), in memory and processor time (prlimit), in output,
/// and one thread each (OMP_THREAD_LIMIT=1) so parallel documents do not oversubscribe the machine.
/// </summary>
internal static class ChildProcess
{
    private static readonly string? Prlimit = Which("prlimit");

    /// <param name="workDir">The child's working folder (a private temporary one: relative paths resolve there).</param>
    /// <param name="maxOutput">Characters of output taken; past them the child is stopped (<see cref="ChildResult.TooMuchOutput"/>).</param>
    public static ChildResult Run(string tool, IReadOnlyList<string> args, TimeSpan limit, string? workDir = null, int maxOutput = DecodeLimits.ChildOutputChars)
    {
        if (Which(tool) is not { } path) return new ChildResult(-1, "", "", Missing: true);
        var psi = Prlimit is null ? new ProcessStartInfo(path) : new ProcessStartInfo(Prlimit);
        if (Prlimit is not null)
        {
            psi.ArgumentList.Add($"--as={DecodeLimits.ChildMemoryBytes}");
            psi.ArgumentList.Add($"--cpu={(int)Math.Ceiling(limit.TotalSeconds) + 1}");
            psi.ArgumentList.Add(path);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.RedirectStandardOutput = psi.RedirectStandardError = true;
        psi.RedirectStandardInput = true;
        psi.StandardOutputEncoding = psi.StandardErrorEncoding = new UTF8Encoding(false);
        psi.UseShellExecute = false;
        if (workDir is not null) psi.WorkingDirectory = workDir;
        psi.Environment["OMP_THREAD_LIMIT"] = "1";
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var p = new Process { StartInfo = psi };
        try { p.Start(); }
        catch (Win32Exception) { return new ChildResult(-1, "", "", Missing: true); }
        p.StandardInput.Close();
        var stdout = ReadCapped(p.StandardOutput, maxOutput);
        var stderr = ReadCapped(p.StandardError, 64 * 1024, drain: true);
        var clock = Stopwatch.StartNew();
        bool overflow = false, late = false;
        while (!p.WaitForExit(50))
        {
            overflow = stdout.IsCompleted && stdout.Result is null;
            late = clock.Elapsed > limit;
            if (overflow || late) { Kill(p); break; }
        }
        p.WaitForExit();
        Task.WaitAll(stdout, stderr);
        if (stdout.Result is null) overflow = true;
        return new ChildResult(overflow || late ? -1 : p.ExitCode, stdout.Result ?? "", stderr.Result ?? "",
            TimedOut: late, TooMuchOutput: overflow);
    }

    /// <summary>The whole output, or null past <paramref name="max"/> characters; with <paramref name="drain"/> the rest is
    /// read and dropped instead, so a chatty child never blocks on a full pipe.</summary>
    private static async Task<string?> ReadCapped(StreamReader reader, int max, bool drain = false)
    {
        var text = new StringBuilder();
        var buffer = new char[8192];
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (text.Length + n <= max) text.Append(buffer, 0, n);
            else if (!drain) return null;
        }
        return text.ToString();
    }

    private static void Kill(Process p)
    {
        try { p.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { } // already gone
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
}
