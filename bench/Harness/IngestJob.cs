using Analytics.Pipeline.Sequence;
using System.Diagnostics;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Load;

namespace Analytics.Bench.Harness;

/// <summary>What one ingest did and cost: documents and bytes read, seconds (documents; data checks), peak memory, rows made.</summary>
public sealed record IngestRun(
    int Documents, int Loaded, int Failed, long Bytes, double Seconds, double CpuSeconds, double ChecksSeconds, long PeakRssKb,
    Dictionary<string, long> Rows, Dictionary<string, double> SecondsByFormat, Dictionary<string, int> DocumentsByFormat,
    List<string> FirstFailures);

/// <summary>
/// The ingest as `analytics ingest DIR --db FILE` runs it (Ingestor, the per-document printout written to a null
/// writer, the data checks, the summary), timed in this process so that process start and JIT of the harness are
/// outside the figure, with a per-format split of the time.
/// </summary>
public static class IngestJob
{
    public static readonly string[] Tables = ["raw_documents", "raw_observations", "raw_targets", "raw_tasks", "raw_findings"];

    public static IngestRun Run(IReadOnlyList<string> corpus, string dbPath)
    {
        var output = TextWriter.Null;
        var bytes = InputFiles.Expand(corpus).Sum(f => new FileInfo(f).Length);
        // Time by format is not measured here: documents are written in batches, so time lands on a batch, not a document
        // (the extract job measures each format alone).
        var countByFormat = new Dictionary<string, int>();
        var tally = new IngestTally();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var clock = Stopwatch.StartNew();
        var duck = Stages.OpenForWrite(dbPath, IngestCommand.DefaultMemoryLimit); // as `analytics ingest` opens it
        var con = duck.Connect();
        // A synthetic corpus goes into a database marked as the sample (real and synthetic data are never mixed).
        if (InputFiles.Expand(corpus).FirstOrDefault() is { } first && SampleData.IsSynthetic(Path.GetFileName(first), []))
            SampleData.MarkSample(con, dbPath);
        foreach (var outcome in Stages.Ingest(con, corpus))
        {
            output.WriteLine(IngestPrinter.Line(outcome));
            tally.Add(outcome);
            var format = Path.GetExtension(outcome.SourceFile).ToLowerInvariant() + (outcome.Failed ? " (failed)" : "");
            countByFormat[format] = countByFormat.GetValueOrDefault(format) + 1;
        }
        var documentsDone = clock.Elapsed.TotalSeconds;
        var checks = DataChecks.Run(con);
        IngestPrinter.Summary(output, tally, checks);
        var checksDone = clock.Elapsed;
        var rows = con.Query(BenchSql.Load("row_counts.sql"), r => (r.String(0)!, r.Long(1) ?? 0)).ToDictionary();
        var counting = clock.Elapsed - checksDone;
        con.Dispose();
        duck.Dispose(); // closing writes the last checkpoint: part of the ingest's cost
        var total = (clock.Elapsed - counting).TotalSeconds;
        var failures = tally.Failures.Take(5).Select(p => p.ToString()).ToList();
        var failed = tally.Count(IngestStatus.Failed);
        return new IngestRun(tally.Documents, tally.Documents - failed, failed, bytes,
            total, Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuBefore, checksDone.TotalSeconds - documentsDone, Machine.PeakRssKb(), rows, [], countByFormat, failures);
    }
}
