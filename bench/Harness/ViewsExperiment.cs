using System.Diagnostics;
using Analytics.Pipeline.Store;

namespace Analytics.Bench.Harness;

public sealed record MaterializeRun(Dictionary<string, double> Seconds, double TotalSeconds, double ResolvedArgMinSeconds,
    double ResolvedSeconds, long PeakRssKb);

/// <summary>
/// An experiment for the lead, on a copy of the full-scale database: the analytic views computed once and stored
/// (each view then reads its table), as an ingest could do after loading. Gives the refresh cost to add to an ingest,
/// and, through <see cref="ViewsJob"/>, the query times with stored analytics — the "after" of a proposed fix.
/// </summary>
public static class ViewsExperiment
{
    public static readonly string[] Analytic = ["resolved", "trends", "rank_movements", "gaps", "peer_comparison", "weak_criteria"];

    public static MaterializeRun Materialize(string dbPath)
    {
        using var db = DuckDb.Open(dbPath);
        using var con = db.Connect();
        var argMinSeconds = Median(() => con.Scalar<long>(BenchSql.Load("Experiment/resolved_arg_min.sql")));
        var resolvedSeconds = Median(() => con.Scalar<long>(BenchSql.Load("Views/count.sql"), "resolved"));
        var seconds = new Dictionary<string, double>();
        var total = Stopwatch.StartNew();
        foreach (var view in Analytic)
        {
            var clock = Stopwatch.StartNew();
            // One embedded file per view and step: view names are identifiers, which cannot be bound.
            con.Execute(BenchSql.Load($"Experiment/Store/{view}.sql"));
            con.Execute(BenchSql.Load($"Experiment/Swap/{view}.sql"));
            seconds[view] = clock.Elapsed.TotalSeconds;
        }
        return new MaterializeRun(seconds, total.Elapsed.TotalSeconds, argMinSeconds, resolvedSeconds, Machine.PeakRssKb());
    }

    private static double Median(Action query)
    {
        var times = Enumerable.Range(0, 3).Select(_ => { var c = Stopwatch.StartNew(); query(); return c.Elapsed.TotalSeconds; }).Order().ToList();
        return times[1];
    }

    public static void Run(Workspace w, string db)
    {
        var copy = w.Db("experiment_materialized");
        Workspace.DeleteDb(copy);
        File.Copy(db, copy);
        var (materialized, _) = Child.Run<MaterializeRun>(["child-materialize", "--db", copy], TimeSpan.FromMinutes(30));
        var (after, _) = Child.Run<ViewsRun>(["child-views", "--db", copy, "--unit", "Sở Công Thương", "--province", "Khánh Hòa", "--year", "2024"],
            TimeSpan.FromMinutes(30));
        var (before, _) = Child.Run<ViewsRun>(["child-views", "--db", db, "--unit", "Sở Công Thương", "--province", "Khánh Hòa", "--year", "2024"],
            TimeSpan.FromMinutes(30));
        var r = w.Report;
        r.Section("Experiment: analytic views stored after the ingest", $"a copy of {db}; 'before' = views as they are, in the same run");
        foreach (var view in Analytic)
            r.Row($"{view}: store once / count(*) after", $"{materialized.Seconds[view]:0.000} s",
                Report.Ms(after.Views.Single(v => v.Name == view).MedianSeconds), "",
                "before " + Report.Ms(before.Views.Single(v => v.Name == view).MedianSeconds));
        r.Row("refresh cost (all six, once per ingest)", $"{materialized.TotalSeconds:0.00} s");
        r.Row("resolved with GROUP BY + arg_min (ref: resolved)", Report.Ms(materialized.ResolvedArgMinSeconds), Report.Ms(materialized.ResolvedSeconds),
            Report.Ratio(materialized.ResolvedArgMinSeconds, materialized.ResolvedSeconds), "Sql/Experiment/resolved_arg_min.sql");
        r.Row("all views count(*) median, after (ref: before)", Report.Ms(after.Views.Sum(v => v.MedianSeconds)),
            Report.Ms(before.Views.Sum(v => v.MedianSeconds)), Report.Ratio(after.Views.Sum(v => v.MedianSeconds), before.Views.Sum(v => v.MedianSeconds)), "< 1 s",
            after.Views.Sum(v => v.MedianSeconds) < 1);
        r.Row("unit report median, after (ref: before)", Report.Ms(after.ReportMedianSeconds), Report.Ms(before.ReportMedianSeconds),
            Report.Ratio(after.ReportMedianSeconds, before.ReportMedianSeconds));
        Workspace.DeleteDb(copy);
    }
}
