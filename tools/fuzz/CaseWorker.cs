using System.Diagnostics;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Fuzz;

/// <summary>
/// What happened to one case. Outcome: loaded | rejected | crash | hang. Kind: the rejection's kind, or the crash's
/// exception. Times in ms: wall time of reading and of ingesting, and the processor time the worker thread used.
/// </summary>
public sealed record CaseResult(FuzzCase Case, string Outcome, string? Kind, string? Message, double ReadMs, double IngestMs, double CpuMs = 0)
{
    /// <summary>A hung case whose worker had not ended when the run went on (it may still hold the database).</summary>
    public bool StillRunning { get; init; }

    /// <summary>Loaded already under this other name (same bytes): the ingest skipped it as a duplicate.</summary>
    public string? DuplicateOf { get; init; }

    public const string Loaded = "loaded", Rejected = "rejected", Crash = "crash", Hang = "hang";
    public bool Failed => Outcome is Crash or Hang;
    public double Ms => ReadMs + IngestMs;
}

/// <summary>
/// Runs one case through the real <see cref="DocumentReader.Read"/> and, when asked, the real
/// <see cref="Ingestor.IngestFile"/>, on a worker thread of the default stack size. Each step gets the per-file limit
/// of processor time (the thread's own, so busy neighbours on shared cores do not count) and a wall-time backstop of
/// six times the limit (for a thread that waits rather than runs). A step past either is waited for (at most
/// <see cref="AbandonAfter"/>): it is a HANG when it used more processor time than the limit or never ended, else it was
/// only starved by its neighbours and gets its verdict. Exceptions are caught on the worker and reported as crashes.
/// </summary>
internal static class CaseWorker
{
    public const int Backstop = 6;

    public static CaseResult Run(FuzzCase c, string path, DuckDbConnection? con, TimeSpan limit)
    {
        Extraction? read = null;
        IngestOutcome? ingested = null;
        Exception? crash = null;
        double readMs = 0, ingestMs = 0;
        int? tid = null;
        TimeSpan? readCpu = null, endCpu = null;
        using var started = new ManualResetEventSlim();
        using var readDone = new ManualResetEventSlim();
        using var ingestDone = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            tid = ThreadClock.CurrentId();
            started.Set();
            var sw = Stopwatch.StartNew();
            try
            {
                read = DocumentReader.Read(c.Name, c.Bytes);
                readMs = sw.Elapsed.TotalMilliseconds;
                readCpu = ThreadClock.Used(tid);
                readDone.Set();
                sw.Restart();
                if (con is not null) ingested = Ingestor.IngestFile(con, path); // Load only: the runner runs what follows a change once, before its checks
                ingestMs = sw.Elapsed.TotalMilliseconds;
            }
            catch (Exception e)
            {
                crash = e;
            }
            finally
            {
                endCpu = ThreadClock.Used(tid); // read by the thread itself: its /proc entry goes when it ends
                readDone.Set();
                ingestDone.Set();
            }
        }) { IsBackground = true, Name = "fuzz " + c.Name };
        worker.Start();
        started.Wait();
        var (step, over) = Overran(readDone, tid, TimeSpan.Zero, limit) is { } r ? ("read", r)
            : Overran(ingestDone, tid, readCpu ?? TimeSpan.Zero, limit) is { } i ? ("ingest", i) : (null, TimeSpan.Zero);
        if (step is not null)
        {
            // Waited for: left running, a worker held its ingest's transaction open and every later ingest failed with
            // a write conflict (the first long run of issue 14 reported 300 such crashes after one slow case).
            var ended = worker.Join(AbandonAfter);
            var readUsed = readCpu ?? endCpu;
            if (!ended || endCpu is null || readUsed > limit || endCpu - (readCpu ?? TimeSpan.Zero) > limit)
                return new CaseResult(c, CaseResult.Hang, step, $"{(step == "read" ? "reading" : "ingesting")} took longer than {limit.TotalSeconds:0.#} s ({over}); "
                    + (ended ? $"it ended after {endCpu?.TotalSeconds:0.#} s of processor time" : $"still running {AbandonAfter.TotalMinutes:0} minutes later"),
                    step == "read" ? over.TotalMilliseconds : readMs, step == "read" ? 0 : over.TotalMilliseconds) { StillRunning = !ended };
            // It ended within its processor time: the wall time past the backstop was the neighbours' (shared cores).
        }
        var cpu = (endCpu ?? TimeSpan.FromMilliseconds(readMs + ingestMs)).TotalMilliseconds;
        if (crash is not null) return new CaseResult(c, CaseResult.Crash, crash.GetType().Name, crash.Message + " @ " + TopFrame(crash), readMs, ingestMs, cpu);
        return Verdict(c, read!, ingested, readMs, ingestMs) with { CpuMs = cpu };
    }

    /// <summary>How long a case past its limit is waited for before the run goes on without it.</summary>
    public static readonly TimeSpan AbandonAfter = TimeSpan.FromMinutes(10);

    // Null when the step finished within the limit, else the time it had taken when it was given up.
    private static TimeSpan? Overran(ManualResetEventSlim done, int? tid, TimeSpan cpuBefore, TimeSpan limit)
    {
        var wall = Stopwatch.StartNew();
        while (!done.Wait(TimeSpan.FromMilliseconds(50)))
        {
            var cpu = ThreadClock.Used(tid) - cpuBefore ?? wall.Elapsed;
            if (cpu > limit || wall.Elapsed > limit * Backstop) return wall.Elapsed;
        }
        return null;
    }

    private static CaseResult Verdict(FuzzCase c, Extraction read, IngestOutcome? ingested, double readMs, double ingestMs)
    {
        var errors = ingested is null ? read.Findings.Where(f => f.Severity == Severities.Error).ToList() : ingested.Problems.ToList();
        var failed = ingested?.Failed ?? read.Failed;
        if (!failed) return new CaseResult(c, CaseResult.Loaded, null, null, readMs, ingestMs) { DuplicateOf = ingested?.DuplicateOf };
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
