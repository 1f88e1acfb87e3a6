using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Analytics.Bench.Harness;

/// <summary>
/// Runs a part of the benchmark in a fresh process of this program (so its peak memory is its own) and reads the
/// JSON result it prints as its last line. Wall time includes the process start (about 0.1–0.3 s).
/// </summary>
public static class Child
{
    public static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static (T Result, double WallSeconds) Run<T>(IEnumerable<string> args, TimeSpan timeout)
    {
        var info = Start(args);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the benchmark child process");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"child {string.Join(' ', info.ArgumentList)} did not finish in {timeout}");
        }
        var wall = clock.Elapsed.TotalSeconds;
        var last = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || last is null)
            throw new InvalidOperationException($"child {string.Join(' ', info.ArgumentList)} failed (exit {process.ExitCode}): {stderr.Result.Trim()}");
        return (JsonSerializer.Deserialize<T>(last, Json)!, wall);
    }

    /// <summary>The command that runs <paramref name="program"/> (a .dll; default this program) with `dotnet`.</summary>
    public static ProcessStartInfo Start(IEnumerable<string> args, string? program = null)
    {
        var info = new ProcessStartInfo(Dotnet()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(program ?? typeof(Child).Assembly.Location);
        foreach (var a in args) info.ArgumentList.Add(a);
        return info;
    }

    // The muxer running us when started as `dotnet x.dll`, else the SDK's (DOTNET_HOST_PATH under `dotnet run`), else PATH.
    private static string Dotnet() =>
        Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";

    /// <summary>Prints a child's result as the JSON line its parent reads.</summary>
    public static int Reply<T>(T result)
    {
        Console.Out.WriteLine(JsonSerializer.Serialize(result, Json));
        return 0;
    }
}
