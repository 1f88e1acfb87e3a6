using Analytics.Pipeline.Sequence;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Fuzz;

/// <summary>
/// Settings of a fuzz run. Out: keep every generated file and a per-file report there (else a temporary folder is
/// removed); Db: the database ingested into (else one in the work folder); IngestEvery: ingest every n-th case (1 = all).
/// </summary>
public sealed record FuzzSettings(int Seed, int Count, string Root, string? Out = null, string? Db = null,
    double PerFileSeconds = 5, int IngestEvery = 1, bool Ocr = false);

/// <summary>Generates the cases, runs each through the reader and the ingest, then checks the database as a whole.</summary>
public static class FuzzRunner
{
    public static FuzzSummary Run(FuzzSettings s, TextWriter log)
    {
        var work = s.Out ?? Directory.CreateTempSubdirectory("analytics-fuzz-").FullName;
        var files = Path.Combine(work, "files");
        Directory.CreateDirectory(files);
        var summary = RunIn(s, work, files, log);
        if (s.Out is null && summary.Passed) TryDelete(work);
        else if (s.Out is null) log.WriteLine($"kept the failing files in {files}");
        return summary;
    }

    private static FuzzSummary RunIn(FuzzSettings s, string work, string files, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var seeds = SeedCorpus.Load(s.Root, s.Ocr);
        var cases = new FuzzCases(s.Seed, seeds);
        using var db = Stages.OpenForWrite(s.Db ?? Path.Combine(work, "fuzz.duckdb"));
        var con = db.Connect();
        var results = new List<CaseResult>(s.Count);
        var last = new Dictionary<string, FuzzLedger.Entry>(StringComparer.Ordinal);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var limit = TimeSpan.FromSeconds(s.PerFileSeconds);
        // With --out, each case's row is written as soon as it is known: an interrupted long run keeps its figures.
        using var report = s.Out is null ? null : new StreamWriter(Path.Combine(work, "fuzz-report.tsv")) { AutoFlush = true };
        report?.WriteLine(FuzzSummary.TsvHeader);
        var abandoned = false; // a hung worker never ended: ingesting beside it would only report its write conflicts
        log.WriteLine($"fuzz: seed {s.Seed}, {s.Count} documents from {seeds.Count} seed files, limit {s.PerFileSeconds:0.#} s of processor time per read and per ingest (wall-time backstop {s.PerFileSeconds * CaseWorker.Backstop:0} s), work folder {work}");
        for (var i = 0; i < s.Count; i++)
        {
            FuzzCase c;
            try { c = cases.Make(i); }
            catch (Exception e) // the fuzzer's own bug: counted as a failure, the run goes on
            {
                results.Add(new CaseResult(new FuzzCase(i, $"{i:D5}_generator", "", "generator", []), CaseResult.Crash, "fuzzer", e.ToString(), 0, 0));
                report?.WriteLine(FuzzSummary.TsvRow(results[^1]));
                log.WriteLine($"  CRASH of the generator at case {i}: {e}");
                continue;
            }
            digest.AppendData(Encoding.UTF8.GetBytes(c.Name + "\n"));
            var sha = SHA256.HashData(c.Bytes);
            digest.AppendData(sha);
            var path = Path.Combine(files, c.Name);
            File.WriteAllBytes(path, c.Bytes);
            var ingest = i % s.IngestEvery == 0 && !abandoned;
            var result = CaseWorker.Run(c, path, ingest ? con : null, limit);
            results.Add(result with { Case = c with { Bytes = [] } });
            report?.WriteLine(FuzzSummary.TsvRow(results[^1]));
            if (result.Outcome == CaseResult.Hang) con = db.Connect(); // the hung worker keeps the old connection
            if (result.StillRunning && !abandoned) log.WriteLine($"  the worker of {c.Name} never ended: the remaining documents are only read");
            abandoned |= result.StillRunning;
            if (ingest && result.Outcome != CaseResult.Hang)
                last[c.Name] = new(result.Outcome == CaseResult.Loaded, Convert.ToHexStringLower(sha), result.DuplicateOf);
            else last.Remove(c.Name);
            if (result.Failed) log.WriteLine($"  {result.Outcome.ToUpperInvariant()} {c.Name} ({c.Origin}, {c.Mutation}): {result.Kind}: {result.Message}");
            if (s.Out is null && !result.Failed) File.Delete(path);
            if ((i + 1) % 500 == 0) log.WriteLine($"  {i + 1}/{s.Count} in {total.Elapsed.TotalSeconds:0} s");
        }
        StoredAnalytics.Refresh(con);
        var checks = DataChecks.Run(con);
        var ledger = FuzzLedger.Check(con, last);
        var summary = new FuzzSummary(s.Seed, results, checks, ledger, Convert.ToHexStringLower(digest.GetHashAndReset()), total.Elapsed);
        con.Dispose();
        return summary;
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
