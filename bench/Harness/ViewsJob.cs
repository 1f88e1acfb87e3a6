using Analytics.Pipeline.Sequence;
using System.Diagnostics;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Export.Report;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Bench.Harness;

/// <summary>One relation's timings: rows, first count(*) (cold), median of three more, and reading every row once.</summary>
public sealed record RelationTime(string Name, long Rows, double FirstSeconds, double MedianSeconds, double ReadAllSeconds);

/// <summary>RefreshSeconds: building every stored analytic view (what each ingest adds at its end).</summary>
public sealed record ViewsRun(List<RelationTime> Views, List<RelationTime> Live, List<RelationTime> Raw, double RefreshSeconds,
    double ReportFirstSeconds, double ReportMedianSeconds, int ReportRows, long PeakRssKb);

/// <summary>
/// On one database: the build of every stored analytic view (the refresh an ingest ends with), then every contract and
/// analytic view queried (count(*), then every row read through the binding), the same analytic views computed live
/// (name_live: what each query cost before they were stored), a typical unit report, and the reference: count(*) of the
/// raw tables.
/// </summary>
public static class ViewsJob
{
    public static readonly string[] ViewNames =
    [
        "documents", "observations", "targets", "tasks", "conflicts", "rejections", "warnings",
        "resolved", "trends", "rank_movements", "gaps", "peer_comparison", "criterion_status", "weak_criteria",
    ];

    public static ViewsRun Run(string dbPath, string unit, string province, int year)
    {
        using var db = Stages.OpenForWrite(dbPath);
        using var con = db.Connect();
        var refresh = Seconds(() => StoredAnalytics.Refresh(con, force: true));
        var raw = IngestJob.Tables.Select(t => Time(con, t, readAll: false)).ToList();
        var views = ViewNames.Select(v => Time(con, v, readAll: true)).ToList();
        var live = StoredAnalytics.Views.Select(v => Time(con, v + "_live", readAll: false)).ToList();
        var clock = Stopwatch.StartNew();
        var report = UnitReports.Read(con, unit, province, year);
        var first = clock.Elapsed.TotalSeconds;
        var again = Enumerable.Range(0, 5).Select(_ => Seconds(() => UnitReports.Read(con, unit, province, year))).ToList();
        return new ViewsRun(views, live, raw, refresh, first, Median(again), report.Criteria.Count + report.Weak.Count, Machine.PeakRssKb());
    }

    private static RelationTime Time(DuckDbConnection con, string relation, bool readAll)
    {
        var count = BenchSql.Load("Views/count.sql");
        long rows = 0;
        var first = Seconds(() => rows = con.Scalar<long>(count, relation));
        var median = Median(Enumerable.Range(0, 3).Select(_ => Seconds(() => con.Scalar<long>(count, relation))).ToList());
        var readSeconds = readAll ? Seconds(() => con.Query(BenchSql.Load("Views/read_all.sql"), _ => 0, relation)) : double.NaN;
        return new RelationTime(relation, rows, first, median, readSeconds);
    }

    private static double Seconds(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
