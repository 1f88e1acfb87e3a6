namespace Analytics.Bench.Harness;

/// <summary>Chart pack export time per unit on the full-scale database (first unit includes warm-up); skipped until `export` exists.</summary>
public static class ExportBench
{
    public static void Run(Workspace w, string db, int units)
    {
        var r = w.Report;
        r.Section("Chart pack export per unit", $"{db}: `export` for {units} departments of Khánh Hòa, 2024, in one process");
        var outDir = w.Scratch("export");
        var (run, _) = Child.Run<ExportRun>(["child-export", "--db", db, "--out", outDir, "--units", $"{units}"], TimeSpan.FromMinutes(30));
        if (!run.Available) { r.Note("SKIPPED: the pipeline has no `export` command yet (Commands/ExportCommand.Create)."); return; }
        for (var i = 0; i < run.Units.Count; i++)
            r.Row($"{(i == 0 ? "first (cold) " : "")}{run.Units[i]}", Report.Ms(run.Seconds[i]), "", "",
                $"exit {run.ExitCodes[i]}, {run.Bytes[i] / 1024.0:0} KB", run.ExitCodes[i] == 0 ? null : false);
        foreach (var error in run.Errors.Where(e => e.Length > 0).Distinct()) r.Note("export said: " + error);
        var warm = run.Seconds.Skip(1).Order().ToList();
        if (warm.Count > 0) r.Row("per unit, median of warm runs", Report.Ms(warm[warm.Count / 2]), Report.Ms(run.Seconds[0]), "", "ref: first run");
        r.Row("peak memory of the export process", Report.Mb(run.PeakRssKb), "", "", "< 500 MB", run.PeakRssKb < 500 * 1024);
    }
}
