using System.Diagnostics;
using System.Security.Cryptography;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Bench.Harness;

public sealed record SectionsRun(int Documents, double Seconds, Dictionary<string, double> Sections, long PeakRssKb);

/// <summary>
/// The ingest of <see cref="Ingestor.IngestFile"/> and Load/DocumentWriter.Replace, step for step with the same SQL
/// files and appenders, each step timed with a Stopwatch: where a document's time goes (read, hash, look-up, extract,
/// each delete, insert, each appender, commit, rejection, printout). A profiling copy — keep it in step with Load/.
/// </summary>
public static class SectionsJob
{
    private static readonly string[] Deletes = ["documents", "observations", "targets", "tasks", "findings"];

    public static SectionsRun Run(string corpus, string dbPath)
    {
        var t = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        T Time<T>(string section, Func<T> work)
        {
            var start = clock.Elapsed.TotalSeconds;
            var result = work();
            t[section] = t.GetValueOrDefault(section) + clock.Elapsed.TotalSeconds - start;
            return result;
        }
        void Do(string section, Action work) => Time(section, () => { work(); return 0; });

        using var duck = Time("open + schema", () => Database.OpenForWrite(dbPath));
        using var con = duck.Connect();
        var files = InputFiles.Expand([corpus]).ToList();
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var bytes = Time("read file", () => File.ReadAllBytes(path));
            var sha = Time("sha-256", () => Convert.ToHexStringLower(SHA256.HashData(bytes)));
            var previous = Time("look-up previous sha", () => con.Scalar<string>(Sql.Load("Load/Dml/document_sha.sql"), name));
            var x = Time("extract (DocumentReader.Read)", () => DocumentReader.Read(name, bytes));
            if (x.Failed)
            {
                Do("rejection record (transaction)", () => con.Transaction(c =>
                {
                    c.Execute(Sql.Load("Load/Dml/delete_rejections.sql"), name);
                    using var app = c.Appender("raw_findings");
                    foreach (var f in x.Findings.Where(f => f.Severity == Severities.Error))
                        app.Row(name, sha, f.Line, f.Severity, f.Message, f.Text, true, path, DateTime.UtcNow);
                }));
                continue;
            }
            Do("begin", () => con.ExecuteScript(BenchSql.Load("Sections/begin.sql")));
            foreach (var table in Deletes) Do($"delete {table}", () => con.Execute(Sql.Load($"Load/Dml/delete_{table}.sql"), name));
            var d = x.Document;
            Do("insert document", () => con.Execute(Sql.Load("Load/Dml/insert_document.sql"), d.SourceFile, d.Sha256, d.Kind, d.Issuer,
                d.Province, d.Year, d.Number, d.IssuedOn, d.Format, d.Bytes, path));
            Do("append observations", () => { using var app = con.Appender("raw_observations"); AppendObservations(app, x); });
            Do("append targets", () => { using var app = con.Appender("raw_targets"); AppendTargets(app, x); });
            Do("append tasks", () => { using var app = con.Appender("raw_tasks"); AppendTasks(app, x); });
            Do("append findings", () =>
            {
                using var app = con.Appender("raw_findings");
                foreach (var f in x.Findings) app.Row(d.SourceFile, d.Sha256, f.Line, f.Severity, f.Message, f.Text, false, path, DateTime.UtcNow);
            });
            Do("commit", () => con.ExecuteScript(BenchSql.Load("Sections/commit.sql")));
            Do("printout line", () => TextWriter.Null.WriteLine(IngestPrinter.Line(new IngestOutcome(name, path, IngestStatus.Loaded, x, []))));
        }
        return new SectionsRun(files.Count, clock.Elapsed.TotalSeconds, t, Machine.PeakRssKb());
    }

    private static decimal? Pct(decimal? v) => v is { } x ? Math.Round(x, 2, MidpointRounding.AwayFromZero) : null;

    internal static void AppendObservations(DuckDbAppender app, Extraction x)
    {
        for (var i = 0; i < x.Observations.Count; i++)
        {
            var o = x.Observations[i];
            app.Row(x.Document.SourceFile, i + 1, o.Unit, o.UnitKind, o.Province, o.Year, o.IndexCode, o.Criterion, o.CriterionAsWritten,
                Pct(o.ValuePct), o.Rank, o.RankOf, o.RankChange, Pct(o.ValueChange), o.IsDerived, o.Origin, o.Source.Line, o.Source.Text);
        }
    }

    internal static void AppendTargets(DuckDbAppender app, Extraction x)
    {
        for (var i = 0; i < x.Targets.Count; i++)
        {
            var t = x.Targets[i];
            app.Row(x.Document.SourceFile, i + 1, t.Unit, t.UnitKind, t.Province, t.Year, t.IndexCode, t.Criterion, Pct(t.TargetPct),
                t.SetBy, t.Basis, t.Source.Line, t.Source.Text);
        }
    }

    internal static void AppendTasks(DuckDbAppender app, Extraction x)
    {
        for (var i = 0; i < x.Tasks.Count; i++)
        {
            var t = x.Tasks[i];
            app.Row(x.Document.SourceFile, i + 1, t.Unit, t.Province, t.PlanYear, t.IndexCode, t.Section, t.Criteria.ToArray(), t.Description,
                t.LeadUnit, t.Partners, t.Timeline, t.ExpectedResult, t.Source.Line, t.Source.Text);
        }
    }
}
