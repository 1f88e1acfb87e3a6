using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Bench.Harness;

/// <summary>
/// A prototype for the lead, not the product's ingest: the same rows and the same whole-or-nothing per document, but
/// (1) files read and extracted on a second thread while this one writes, (2) up to <c>batch</c> documents per
/// transaction, one appender per table per batch, (3) a document never loaded before gets no deletes (only its old
/// rejection record is removed), (4) the known SHA-256s read once, (5) each outcome printed when it is known and kept
/// only as counts, not with its whole extraction, for the summary. A batch that fails is rolled back and its documents
/// are written one per transaction, so a bad document still fails alone. Measures the "after" of a fix.
/// </summary>
public static class IngestProposal
{
    private sealed record Item(string Name, string Path, string Sha, string? Previous, Extraction? Extraction);

    public static IngestRun Run(string corpus, string dbPath, int batch)
    {
        var bytesTotal = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var duck = Database.OpenForWrite(dbPath);
        var con = duck.Connect();
        var known = con.Query(BenchSql.Load("Proposal/known_documents.sql"), r => (r.String(0)!, r.String(1)!)).ToDictionary();
        var channel = Channel.CreateBounded<Item>(64);
        var producer = Task.Run(async () =>
        {
            foreach (var path in InputFiles.Expand([corpus]))
            {
                var name = Path.GetFileName(path);
                var bytes = File.ReadAllBytes(path);
                var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                var previous = known.GetValueOrDefault(name);
                await channel.Writer.WriteAsync(new Item(name, path, sha, previous, previous == sha ? null : DocumentReader.Read(name, bytes)));
            }
            channel.Writer.Complete();
        });
        var outcomes = new Outcomes();
        var pending = new List<Item>();
        foreach (var item in channel.Reader.ReadAllAsync().ToBlockingEnumerable())
        {
            if (item.Extraction is not { } x) { outcomes.Add(new(item.Name, item.Path, IngestStatus.Unchanged, null, [])); continue; }
            if (x.Failed)
            {
                con.Transaction(c => Reject(c, item, x.Findings.Where(f => f.Severity == Severities.Error).ToList()));
                outcomes.Add(new(item.Name, item.Path, IngestStatus.Failed, x, x.Findings.Where(f => f.Severity == Severities.Error).ToList()));
                continue;
            }
            pending.Add(item);
            if (pending.Count >= batch) Flush(con, pending, outcomes);
        }
        Flush(con, pending, outcomes);
        producer.Wait();
        var checks = DataChecks.Run(con);
        TextWriter.Null.WriteLine(outcomes.Summary(checks.Count));
        var done = clock.Elapsed;
        var rows = con.Query(BenchSql.Load("row_counts.sql"), r => (r.String(0)!, r.Long(1) ?? 0)).ToDictionary();
        var counting = clock.Elapsed - done;
        con.Dispose();
        duck.Dispose();
        return new IngestRun(outcomes.Documents, outcomes.Documents - outcomes.Failed, outcomes.Failed, bytesTotal,
            (clock.Elapsed - counting).TotalSeconds, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpu, 0,
            Machine.PeakRssKb(), rows, [], [], []);
    }

    private static void Flush(DuckDbConnection con, List<Item> items, Outcomes outcomes)
    {
        if (items.Count == 0) return;
        try
        {
            con.Transaction(c => Write(c, items));
            foreach (var i in items) outcomes.Add(Loaded(i));
        }
        catch (DuckDbException)
        {
            foreach (var item in items)
                try
                {
                    con.Transaction(c => Write(c, [item]));
                    outcomes.Add(Loaded(item));
                }
                catch (DuckDbException e)
                {
                    var problem = new Finding(item.Name, 0, Severities.Error, e.Message);
                    con.Transaction(c => Reject(c, item, [problem]));
                    outcomes.Add(new(item.Name, item.Path, IngestStatus.Failed, item.Extraction, [problem]));
                }
        }
        items.Clear();
    }

    /// <summary>Prints each outcome's line as it comes and keeps only the totals of the summary.</summary>
    private sealed class Outcomes
    {
        public int Documents, Failed, Figures, Targets, Tasks;

        public void Add(IngestOutcome o)
        {
            TextWriter.Null.WriteLine(IngestPrinter.Line(o));
            Documents++;
            if (o.Failed) { Failed++; TextWriter.Null.WriteLine($"FAILED {o.SourceFile}: {o.Problems.FirstOrDefault()?.Message}"); return; }
            Figures += o.Extraction?.Observations.Count ?? 0;
            Targets += o.Extraction?.Targets.Count ?? 0;
            Tasks += o.Extraction?.Tasks.Count ?? 0;
        }

        public string Summary(int failedChecks) =>
            $"Documents: {Documents} ({Failed} failed); figures {Figures} · targets {Targets} · tasks {Tasks}; checks failed {failedChecks}";
    }

    private static IngestOutcome Loaded(Item i) =>
        new(i.Name, i.Path, i.Previous is null ? IngestStatus.Loaded : IngestStatus.Replaced, i.Extraction, []);

    private static void Write(DuckDbConnection c, IReadOnlyList<Item> items)
    {
        foreach (var item in items)
        {
            var d = item.Extraction!.Document;
            string[] deletes = item.Previous is null ? ["rejections"] : ["documents", "observations", "targets", "tasks", "findings"];
            foreach (var table in deletes) c.Execute(Sql.Load($"Load/Dml/delete_{table}.sql"), item.Name);
            c.Execute(Sql.Load("Load/Dml/insert_document.sql"), d.SourceFile, d.Sha256, d.Kind, d.Issuer, d.Province, d.Year, d.Number,
                d.IssuedOn, d.Format, d.Bytes, item.Path);
        }
        using (var app = c.Appender("raw_observations")) foreach (var i in items) SectionsJob.AppendObservations(app, i.Extraction!);
        using (var app = c.Appender("raw_targets")) foreach (var i in items) SectionsJob.AppendTargets(app, i.Extraction!);
        using (var app = c.Appender("raw_tasks")) foreach (var i in items) SectionsJob.AppendTasks(app, i.Extraction!);
        using (var app = c.Appender("raw_findings"))
            foreach (var i in items)
                foreach (var f in i.Extraction!.Findings)
                    app.Row(i.Name, i.Sha, f.Line, f.Severity, f.Message, f.Text, false, i.Path, DateTime.UtcNow);
    }

    private static void Reject(DuckDbConnection c, Item item, IReadOnlyList<Finding> errors)
    {
        c.Execute(Sql.Load("Load/Dml/delete_rejections.sql"), item.Name);
        using var app = c.Appender("raw_findings");
        foreach (var f in errors) app.Row(item.Name, item.Sha, f.Line, f.Severity, f.Message, f.Text, true, item.Path, DateTime.UtcNow);
    }
}
