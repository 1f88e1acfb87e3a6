namespace Analytics.Pipeline.Load;

/// <summary>
/// Memory for the files being read and extracted at once, shared by every reader of the process: a file reserves what
/// reading it may cost (<see cref="Cost"/>) before it is read and gives it back once extracted; a reader waits while the
/// budget is taken. So the parallel read of a bulk ingest is bounded by memory, not by the number of cores (a file
/// costing more than the whole budget is read alone). The readers' own limits (characters, cells, rows) bound each cost.
/// </summary>
public sealed class ReadBudget(long capacity)
{
    /// <summary>The process's budget: with the DuckDB memory limit (128 MB) and the runtime, an ingest stays under 500 MB.</summary>
    public static readonly ReadBudget Shared = new(Capacity);

    public const long Capacity = 192L * 1024 * 1024;

    private readonly object gate = new();
    private long used;

    /// <summary>What reading a file of this type and size may hold at its peak: its bytes, its decoded text and the
    /// parsers' work (measured with bench/attacks: a package's cost is set by the readers' limits, not its size).</summary>
    public static long Cost(string path, long bytes) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".docx" or ".xlsx" => 64L * 1024 * 1024 + 2 * bytes,
        ".pdf" => 64L * 1024 * 1024 + 4 * bytes, // a page at the PDF budgets (DecodeLimits) holds up to ~100 MB
        ".html" or ".htm" => 16L * 1024 * 1024 + 12 * bytes,
        ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff" or ".doc" => 16L * 1024 * 1024 + 2 * bytes, // decoded by a child process
        _ => 16L * 1024 * 1024 + 16 * bytes,
    };

    /// <summary>Waits until <paramref name="cost"/> (at most the whole budget) is free, and holds it until disposed.</summary>
    public Lease Reserve(long cost)
    {
        cost = Math.Clamp(cost, 1, capacity);
        lock (gate)
        {
            while (used + cost > capacity) Monitor.Wait(gate);
            used += cost;
        }
        return new Lease(this, cost);
    }

    /// <summary>What is reserved now (for tests).</summary>
    public long Used { get { lock (gate) return used; } }

    private void Release(long cost)
    {
        lock (gate)
        {
            used -= cost;
            Monitor.PulseAll(gate);
        }
    }

    public readonly struct Lease(ReadBudget budget, long cost) : IDisposable
    {
        public void Dispose() => budget.Release(cost);
    }
}
