namespace Analytics.Bench.Harness;

/// <summary>
/// Every view queried on the full-scale database (34 provinces × 25 departments × 10 years), next to count(*) of the
/// raw tables, and a typical unit report; in a child process so its peak memory is the query path's own.
/// </summary>
public static class ViewsBench
{
    private static readonly HashSet<string> StoredNames = [.. Analytics.Pipeline.Analyze.StoredAnalytics.Views];

    public static string FullDb(Workspace w, int provinces, bool measureIngest)
    {
        var db = w.Db($"ingest_full_p{provinces}");
        if (File.Exists(db) && !measureIngest) return db;
        w.Report.Section("Ingest at full scale", $"synthetic corpus: {provinces} provinces × 25 departments × 10 years (1 edition)");
        IngestBench.Measure(w, "full", w.Corpus(provinces, 25, 10, 1), $"ingest_full_p{provinces}");
        return db;
    }

    public static void Run(Workspace w, string db)
    {
        var (run, _) = Child.Run<ViewsRun>(["child-views", "--db", db, "--unit", "Sở Công Thương", "--province", "Khánh Hòa", "--year", "2024"],
            TimeSpan.FromMinutes(30));
        var r = w.Report;
        r.Section("Views at full scale", $"{db}: the stored analytic views built (as every ingest ends); count(*) of each view (first run; " +
            "median of 3 more), then every row read once; the same analytic views computed live (before: as each query computed them)");
        var rawFirst = run.Raw.Sum(v => v.FirstSeconds);
        r.Row("build all stored analytic views (ref: raw count(*))", Report.Ms(run.RefreshSeconds), Report.Ms(rawFirst),
            Report.Ratio(run.RefreshSeconds, rawFirst), "< 1 s", run.RefreshSeconds < 1);
        foreach (var v in run.Raw)
            r.Row($"raw {v.Name} ({v.Rows:N0} rows)", Report.Ms(v.FirstSeconds), "", "", "reference");
        foreach (var v in run.Views)
            r.Row($"{v.Name} ({v.Rows:N0} rows)", Report.Ms(v.FirstSeconds), Report.Ms(v.MedianSeconds), "", $"read all {Report.Ms(v.ReadAllSeconds)}");
        var viewsFirst = run.Views.Sum(v => v.FirstSeconds);
        r.Row("all views, count(*) first run (ref: raw)", Report.Ms(viewsFirst), Report.Ms(rawFirst), Report.Ratio(viewsFirst, rawFirst),
            "< 1 s", viewsFirst < 1);
        r.Row("all views, count(*) median", Report.Ms(run.Views.Sum(v => v.MedianSeconds)), Report.Ms(run.Raw.Sum(v => v.MedianSeconds)),
            Report.Ratio(run.Views.Sum(v => v.MedianSeconds), run.Raw.Sum(v => v.MedianSeconds)), "< 1 s", run.Views.Sum(v => v.MedianSeconds) < 1);
        r.Row("all views, every row read", Report.Ms(run.Views.Sum(v => v.ReadAllSeconds)));
        foreach (var v in run.Live)
            r.Row($"before: {v.Name}, computed live", Report.Ms(v.FirstSeconds), Report.Ms(v.MedianSeconds), "", "first / median");
        var liveMedian = run.Live.Sum(v => v.MedianSeconds);
        var storedMedian = run.Views.Where(v => StoredNames.Contains(v.Name)).Sum(v => v.MedianSeconds);
        r.Row("analytic views: stored against live (median)", Report.Ms(storedMedian), Report.Ms(liveMedian), Report.Ratio(storedMedian, liveMedian),
            "after / before");
        r.Row("unit report (Sở Công Thương, Khánh Hòa, 2024)", Report.Ms(run.ReportFirstSeconds), Report.Ms(run.ReportMedianSeconds), "",
            $"{run.ReportRows} rows; first / median");
        r.Row("peak memory of the query process", Report.Mb(run.PeakRssKb), "", "", "< 500 MB", run.PeakRssKb < 500 * 1024);
    }
}
