using System.Diagnostics;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Fuzz;

/// <summary>Settings of a crash test: kills, seed, synthetic copies in the corpus (more copies, longer ingests), work folder.</summary>
public sealed record CrashSettings(int Seed, int Kills, string Root, int Copies = 40, string? Work = null);

/// <summary>What the crash test saw. Survived: kills after which the database opened whole and passed its checks.</summary>
public sealed record CrashSummary(int Kills, int Killed, int Survived, TimeSpan ReferenceTime, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}

/// <summary>
/// Starts the real ingest as a child process, kills it (SIGKILL) at a random moment, and checks the database each time:
/// it opens, holds no partial document (each document's rows are those of the same version in an uninterrupted run),
/// and passes its data checks. At the end a re-run must give what an uninterrupted run gives.
/// </summary>
public static class CrashTester
{
    public static CrashSummary Run(CrashSettings s, TextWriter log)
    {
        var work = s.Work ?? Directory.CreateTempSubdirectory("analytics-crash-").FullName;
        var corpus = CrashCorpus.Create(s.Root, Path.Combine(work, "corpus"), s.Copies);
        var problems = new List<string>();
        corpus.SetAll(b: true);
        var (refB, _, _) = Reference(corpus, Path.Combine(work, "reference-b.duckdb"), problems);
        corpus.SetAll(b: false);
        var (refA, time, output) = Reference(corpus, Path.Combine(work, "reference-a.duckdb"), problems);
        var whole = refA.Documents.Concat(refB.Documents).DistinctBy(d => (d.SourceFile, d.Sha256))
            .ToDictionary(d => (d.SourceFile, d.Sha256));
        log.WriteLine($"crashtest: seed {s.Seed}, corpus of {refA.Documents.Count} documents ({corpus.Copies} synthetic copies, two versions each), uninterrupted ingest {time.TotalSeconds:0.0} s");

        var db = Path.Combine(work, "crash.duckdb");
        var (killed, survived, rebuilt) = (0, 0, 0);
        for (var k = 0; k < s.Kills; k++)
        {
            var r = Rng.ForCase(s.Seed, k);
            if (k == 0 || r.Chance(0.2)) Delete(db);
            corpus.Shuffle(r);
            // After a random number of the lines a whole run prints (about one per document), a random moment within
            // the next document (or during start-up, for line 0).
            var lines = r.Next(output + 1);
            var delay = TimeSpan.FromMilliseconds(r.NextDouble() * (lines == 0 ? 1500 : 2 * time.TotalMilliseconds / Math.Max(1, output)));
            // Documents per transaction: one each, a few, or the default batch (the corpus then fits in one or two).
            var batch = new[] { 1, 4, Ingestor.BatchSize }[r.Next(3)];
            using var child = ChildIngest.Start(corpus.Dir, db, batch);
            var wasKilled = child.KillAfter(lines, delay);
            var (documents, lagged, found) = Check(db, whole);
            rebuilt += lagged ? 1 : 0;
            killed += wasKilled ? 1 : 0;
            survived += wasKilled && found.Count == 0 ? 1 : 0;
            var when = $"{delay.TotalMilliseconds:0} ms after line {lines}/{output}";
            problems.AddRange(found.Select(p => $"after kill {k + 1} ({when}): {p}"));
            log.WriteLine($"  kill {k + 1,3}: batch {batch,2}, {(wasKilled ? $"killed {when,-28}" : "finished before the kill")}, {documents,3} documents: {(found.Count == 0 ? "whole" : string.Join("; ", found.Take(3)))}{(lagged ? " (analytics lagged; rebuilt on open)" : "")}");
        }
        problems.AddRange(Final(corpus, db, refA));
        log.WriteLine(problems.Count == 0
            ? $"crashtest: {survived} of {killed} kills survived ({rebuilt} left the stored analytics lagging, rebuilt by the next open); the re-run gives what an uninterrupted run gives: PASSED"
            : $"crashtest: FAILED ({problems.Count} problems)");
        foreach (var p in problems.Take(30)) log.WriteLine("  PROBLEM " + p);
        if (s.Work is null && problems.Count == 0) Directory.Delete(work, recursive: true);
        return new CrashSummary(s.Kills, killed, survived, time, problems);
    }

    private static (DbSnapshot Snapshot, TimeSpan Time, int Lines) Reference(CrashCorpus corpus, string db, List<string> problems)
    {
        Delete(db);
        var clock = Stopwatch.StartNew();
        using var child = ChildIngest.Start(corpus.Dir, db);
        var exit = child.Wait(TimeSpan.FromMinutes(10));
        if (exit != 0) problems.Add($"the uninterrupted ingest into {Path.GetFileName(db)} exited with {exit}: {child.Tail}");
        return (DbSnapshot.Read(db), clock.Elapsed, child.Lines);
    }

    private static (int Documents, bool Lagged, List<string> Problems) Check(string db, IReadOnlyDictionary<(string, string), DocumentCounts> whole)
    {
        if (!File.Exists(db)) return (0, false, []);
        try
        {
            var snapshot = DbSnapshot.Read(db);
            return (snapshot.Documents.Count, snapshot.AnalyticsLagged, snapshot.Problems(whole).ToList());
        }
        catch (Exception e) when (e is DuckDbException or IOException) { return (0, false, [$"the database does not open: {e.Message}"]); }
    }

    private static IEnumerable<string> Final(CrashCorpus corpus, string db, DbSnapshot reference)
    {
        corpus.SetAll(b: false);
        using var child = ChildIngest.Start(corpus.Dir, db);
        var exit = child.Wait(TimeSpan.FromMinutes(10));
        if (exit != 0) yield return $"the re-run exited with {exit}: {child.Tail}";
        var final = DbSnapshot.Read(db);
        if (!final.Documents.SequenceEqual(reference.Documents))
            yield return $"the re-run's documents differ from the uninterrupted run's: {string.Join("; ", final.Documents.Except(reference.Documents).Take(3))}";
        foreach (var (view, rows, hash) in final.Views.Except(reference.Views))
            yield return $"view {view} differs from the uninterrupted run's ({rows} rows, {hash})";
    }

    private static void Delete(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
    }
}
