namespace Analytics.Bench.Harness;

/// <summary>
/// Where the ingest's time goes, on the 1× corpus: the extract stage alone (no database), the whole ingest with the
/// database on disk, and the same with the database in memory-backed /dev/shm (no disk flush): the differences are
/// the database's share and the share of flushing each document's transaction to disk.
/// </summary>
public static class ProfileBench
{
    public static void Run(Workspace w, int provinces, int years)
    {
        var corpus = w.Corpus(provinces, 25, years, 1);
        var r = w.Report;
        r.Section("Profile of the ingest (1× corpus)", "extract stage alone; ingest with the database on disk; on /dev/shm (tmpfs)");
        var (extract, _) = Child.Run<ExtractRun>(["child-extract", corpus], TimeSpan.FromHours(1));
        var disk = Ingest(w, corpus, w.Db("profile_disk"));
        var shm = Directory.Exists("/dev/shm") ? Ingest(w, corpus, Path.Combine("/dev/shm", $"analytics-bench-{Environment.ProcessId}.duckdb")) : null;
        r.Row("extract only (s, CPU s)", $"{extract.Seconds:0.00} s", $"{extract.CpuSeconds:0.00} s CPU", Report.Ratio(extract.Seconds, disk.Seconds), "share of ingest");
        r.Row("ingest, database on disk (s, CPU s)", $"{disk.Seconds:0.00} s", $"{disk.CpuSeconds:0.00} s CPU", "1.00×");
        if (shm is not null)
            r.Row("ingest, database on /dev/shm (s, CPU s)", $"{shm.Seconds:0.00} s", $"{shm.CpuSeconds:0.00} s CPU", Report.Ratio(shm.Seconds, disk.Seconds),
                "disk flush share = 1 − ratio");
        r.Row("data checks (in the ingest)", $"{disk.ChecksSeconds:0.00} s", "", Report.Ratio(disk.ChecksSeconds, disk.Seconds));
        foreach (var (format, seconds) in extract.SecondsByFormat.OrderByDescending(kv => kv.Value))
            r.Row($"extract {format} ({extract.DocumentsByFormat[format]} docs)", Report.Ms(seconds / extract.DocumentsByFormat[format]) + "/doc",
                "", "", "");
    }

    private static IngestRun Ingest(Workspace w, string corpus, string db)
    {
        Workspace.DeleteDb(db);
        try { return Child.Run<IngestRun>(["child-ingest", corpus, "--db", db], TimeSpan.FromHours(1)).Result; }
        finally { if (db.StartsWith("/dev/shm/", StringComparison.Ordinal)) Workspace.DeleteDb(db); }
    }
}
