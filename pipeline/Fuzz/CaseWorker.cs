using System.Diagnostics;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Fuzz;

/// <summary>What happened to one case. Outcome: loaded | rejected | crash | hang. Kind: the rejection's kind, or the crash's exception.</summary>
public sealed record CaseResult(FuzzCase Case, string Outcome, string? Kind, string? Message, double ReadMs, double IngestMs)
{
    public const string Loaded = "loaded", Rejected = "rejected", Crash = "crash", Hang = "hang";
    public bool Failed => Outcome is Crash or Hang;
    public double Ms => ReadMs + IngestMs;
}

/// <summary>
/// Runs one case through the real <see cref="DocumentReader.Read"/> and, when asked, the real
/// <see cref="Ingestor.IngestFile"/>, on a worker thread of the default stack size; each step gets the per-file limit
/// and a step still running then is a HANG. Exceptions are caught on the worker and reported as crashes.
/// </summary>
internal static class CaseWorker
{
    public static CaseResult Run(FuzzCase c, string path, DuckDbConnection? con, TimeSpan limit)
    {
        Extraction? read = null;
        IngestOutcome? ingested = null;
        Exception? crash = null;
        double readMs = 0, ingestMs = 0;
        using var readDone = new ManualResetEventSlim();
        using var ingestDone = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            var sw = Stopwatch.StartNew();
            try
            {
                read = DocumentReader.Read(c.Name, c.Bytes);
                readMs = sw.Elapsed.TotalMilliseconds;
                readDone.Set();
                sw.Restart();
                if (con is not null) ingested = Ingestor.IngestFile(con, path);
                ingestMs = sw.Elapsed.TotalMilliseconds;
            }
            catch (Exception e)
            {
                crash = e;
            }
            finally
            {
                readDone.Set();
                ingestDone.Set();
            }
        }) { IsBackground = true, Name = "fuzz " + c.Name };
        worker.Start();
        if (!readDone.Wait(limit)) return new CaseResult(c, CaseResult.Hang, "read", $"reading took longer than {limit.TotalSeconds:0.#} s", limit.TotalMilliseconds, 0);
        if (!ingestDone.Wait(limit)) return new CaseResult(c, CaseResult.Hang, "ingest", $"ingesting took longer than {limit.TotalSeconds:0.#} s", readMs, limit.TotalMilliseconds);
        if (crash is not null) return new CaseResult(c, CaseResult.Crash, crash.GetType().Name, crash.Message + " @ " + TopFrame(crash), readMs, ingestMs);
        return Verdict(c, read!, ingested, readMs, ingestMs);
    }

    private static CaseResult Verdict(FuzzCase c, Extraction read, IngestOutcome? ingested, double readMs, double ingestMs)
    {
        var errors = ingested is null ? read.Findings.Where(f => f.Severity == Severities.Error).ToList() : ingested.Problems.ToList();
        var failed = ingested?.Failed ?? read.Failed;
        if (!failed) return new CaseResult(c, CaseResult.Loaded, null, null, readMs, ingestMs);
        var first = errors.FirstOrDefault()?.Message ?? "(no message)";
        var kind = RejectionKinds.Of(first);
        if (RejectionKinds.IsBug(kind)) return new CaseResult(c, CaseResult.Crash, kind, first, readMs, ingestMs);
        if (ingested?.Extraction is not null && ingested.Failed != read.Failed)
            return new CaseResult(c, CaseResult.Crash, "verdicts differ", $"read says failed={read.Failed}, ingest says {ingested.Status}: {first}", readMs, ingestMs);
        return new CaseResult(c, CaseResult.Rejected, kind, first, readMs, ingestMs);
    }

    private static string TopFrame(Exception e) =>
        e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Analytics.Pipeline", StringComparison.Ordinal))?.Trim() ?? "(no frame)";
}
