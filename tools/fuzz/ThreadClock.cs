using System.Globalization;
using System.Runtime.InteropServices;

namespace Analytics.Fuzz;

/// <summary>
/// The processor time one thread has used (Linux: /proc/self/task/TID/stat). On a machine whose cores are shared,
/// wall time says more about the neighbours than about the document; the time the reading thread itself ran does not.
/// Elsewhere (or when /proc cannot be read) it is null and callers fall back to wall time.
/// </summary>
internal static partial class ThreadClock
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux the product runs on

    /// <summary>The calling thread's kernel id, to be read by another thread; null off Linux.</summary>
    public static int? CurrentId() => OperatingSystem.IsLinux() ? gettid() : null;

    public static TimeSpan? Used(int? tid)
    {
        if (tid is null) return null;
        try
        {
            var stat = File.ReadAllText($"/proc/self/task/{tid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": state is field 3
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int gettid();
}
