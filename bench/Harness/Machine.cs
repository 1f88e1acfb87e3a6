using System.Globalization;

namespace Analytics.Bench.Harness;

/// <summary>What the machine is doing: load average, cores, and a process's peak resident memory (VmHWM).</summary>
public static class Machine
{
    /// <summary>"1.23 0.98 0.75" (1, 5 and 15 minutes), as `uptime` shows it.</summary>
    public static string Load()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }

    public static double Load1() =>
        double.TryParse(Load().Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var l) ? l : double.NaN;

    /// <summary>Peak resident set size in KiB of this process (or of <paramref name="pid"/>), from /proc/…/status.</summary>
    public static long PeakRssKb(int? pid = null) => StatusKb(pid, "VmHWM:");

    public static long RssKb(int? pid = null) => StatusKb(pid, "VmRSS:");

    private static long StatusKb(int? pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{(pid is null ? "self" : pid.Value.ToString(CultureInfo.InvariantCulture))}/status")
                .FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return -1; }
    }

    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load {Load()}";
}
