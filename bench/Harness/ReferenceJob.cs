using System.Diagnostics;
using Analytics.Pipeline.Store;

namespace Analytics.Bench.Harness;

/// <summary>The reference load: how long DuckDB's own read_csv takes for the same rows, and its process's peak memory.</summary>
public sealed record ReferenceRun(long Rows, long Bytes, double Seconds, double CpuSeconds, long PeakRssKb);

/// <summary>
/// The reference for the ingest: the rows an ingest produced, exported as one CSV per raw table (outside the timing),
/// then loaded into a fresh database file with `CREATE TABLE … AS SELECT * FROM read_csv($1)` through our Store binding.
/// </summary>
public static class ReferenceJob
{
    /// <summary>Writes the raw tables of <paramref name="dbPath"/> as CSV files into <paramref name="dir"/>.</summary>
    public static IReadOnlyList<string> Export(string dbPath, string dir)
    {
        Directory.CreateDirectory(dir);
        using var db = DuckDb.Open(dbPath, readOnly: true);
        using var con = db.Connect();
        return IngestJob.Tables.Select(t =>
        {
            var path = Path.Combine(dir, t + ".csv");
            con.Execute(BenchSql.Load($"Export/{t}.sql"), path);
            return path;
        }).ToList();
    }

    /// <summary>Loads the CSV files written by <see cref="Export"/> into a new database; the figure is the load time.</summary>
    public static ReferenceRun Load(string csvDir, string dbPath)
    {
        File.Delete(dbPath);
        var bytes = IngestJob.Tables.Sum(t => new FileInfo(Path.Combine(csvDir, t + ".csv")).Length);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var db = DuckDb.Open(dbPath);
        var con = db.Connect();
        foreach (var table in IngestJob.Tables)
            con.Execute(BenchSql.Load($"Reference/{table}.sql"), Path.Combine(csvDir, table + ".csv"));
        var loaded = clock.Elapsed;
        var rows = con.Query(BenchSql.Load("row_counts.sql"), r => r.Long(1) ?? 0).Sum();
        var counting = clock.Elapsed - loaded;
        con.Dispose();
        db.Dispose(); // closing writes the checkpoint, as closing the ingest's database does
        return new ReferenceRun(rows, bytes, (clock.Elapsed - counting).TotalSeconds,
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuBefore, Machine.PeakRssKb());
    }
}
