namespace Analytics.Bench.Harness;

/// <summary>
/// Ingest throughput and peak memory next to DuckDB's read_csv of the same rows, each in its own child process; at
/// 1×, 10× and 100× corpus size with the growth ratios (linear ≈ 10), and on the seeds replicated to 1,000+ documents.
/// </summary>
public static class IngestBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromHours(1);

    public static void Scales(Workspace w, int baseProvinces, int years)
    {
        if (baseProvinces * 10 > Synth.Catalog.Provinces.Count) throw new ArgumentException("--base-provinces must be at most 3");
        var sizes = new (string Label, int Provinces, int Scale)[] { ("1×", baseProvinces, 1), ("10×", baseProvinces * 10, 1), ("100×", baseProvinces * 10, 10) };
        w.Report.Section("Ingest at 1×, 10×, 100×",
            $"synthetic corpora: 1× = {baseProvinces} province(s) × 25 departments × {years} years; 10× = ×10 provinces; 100× = 10× in 10 editions");
        var runs = sizes.Select(s => Measure(w, s.Label, w.Corpus(s.Provinces, 25, years, s.Scale), $"ingest_{s.Label}")).ToList();
        w.Report.Section("Growth (linear ≈ 10 per step)", "ratios of the figures above");
        for (var i = 1; i < runs.Count; i++)
        {
            var (a, b) = (runs[i - 1], runs[i]);
            var step = $"{sizes[i].Label}/{sizes[i - 1].Label}";
            w.Report.Row($"{step} documents", Report.Ratio(b.Documents, a.Documents));
            w.Report.Row($"{step} ingest time", Report.Ratio(b.Seconds, a.Seconds), Report.Ratio(b.Documents, a.Documents), "", "≈ documents ratio",
                b.Seconds / a.Seconds <= 1.5 * b.Documents / a.Documents);
            w.Report.Row($"{step} peak memory", Report.Ratio(b.PeakRssKb, a.PeakRssKb));
        }
    }

    public static void Seeds(Workspace w, int count)
    {
        w.Report.Section("Seeds replicated (issue 2's figure)", $"the 5 seed plans copied to {count} documents (unit and years varied)");
        Measure(w, "seeds", w.SeedCopies(count), "ingest_seeds");
    }

    public static IngestRun Measure(Workspace w, string label, string corpus, string dbName)
    {
        var db = w.Db(dbName);
        Workspace.DeleteDb(db);
        var (run, wall) = Child.Run<IngestRun>(["child-ingest", corpus, "--db", db], Timeout);
        var csv = w.Scratch(dbName + "_csv");
        ReferenceJob.Export(db, csv);
        var refDb = w.Db(dbName + "_reference");
        Workspace.DeleteDb(refDb);
        var (reference, _) = Child.Run<ReferenceRun>(["child-reference", csv, "--db", refDb], Timeout);
        var rows = run.Rows.Values.Sum();
        var mb = run.Bytes / 1048576.0;
        var r = w.Report;
        r.Row($"{label} documents (loaded / failed)", $"{run.Documents} ({run.Loaded}/{run.Failed})", "", "", "", null);
        r.Row($"{label} rows produced / CSV rows loaded", Report.N(rows, 0), Report.N(reference.Rows, 0), Report.Ratio(rows, reference.Rows));
        r.Row($"{label} time (s; ref: read_csv)", Report.N(run.Seconds, 2), Report.N(reference.Seconds, 2),
            Report.Ratio(run.Seconds, reference.Seconds), "≤ 3× reference", run.Seconds <= 3 * reference.Seconds);
        r.Row($"{label} documents/s", Report.N(run.Documents / run.Seconds), "", "", "≥ 200", run.Documents / run.Seconds >= 200);
        r.Row($"{label} MB/s (ref: MB/s of its CSV)", Report.N(mb / run.Seconds, 2), Report.N(reference.Bytes / 1048576.0 / reference.Seconds, 2),
            Report.Ratio(mb / run.Seconds, reference.Bytes / 1048576.0 / reference.Seconds));
        r.Row($"{label} peak memory (VmHWM)", Report.Mb(run.PeakRssKb), Report.Mb(reference.PeakRssKb),
            Report.Ratio(run.PeakRssKb, reference.PeakRssKb), "< 500 MB", run.PeakRssKb < 500 * 1024);
        r.Note($"{label}: corpus {mb:0.0} MB; wall {wall:0.00} s with process start; CPU {run.CpuSeconds:0.00} s (reference {reference.CpuSeconds:0.00} s); " +
               $"data checks {run.ChecksSeconds:0.00} s of the time; " +
               $"rows: {string.Join(", ", run.Rows.Select(kv => $"{kv.Key[4..]} {kv.Value}"))}");
        if (run.SecondsByFormat.Count > 0) r.Note($"{label}: time by format: " + string.Join("; ", run.SecondsByFormat.OrderByDescending(kv => kv.Value).Select(kv =>
            $"{kv.Key} {kv.Value:0.00} s / {run.DocumentsByFormat[kv.Key]} docs = {1000 * kv.Value / run.DocumentsByFormat[kv.Key]:0.0} ms each")));
        foreach (var f in run.FirstFailures) r.Note($"{label}: failure: {f}");
        return run;
    }
}
