using System.Globalization;
using Analytics.Pipeline.Analyze;

namespace Analytics.Fuzz;

/// <summary>The figures of a fuzz run. Passed: no crash, no hang, every data check and the ledger hold.</summary>
public sealed record FuzzSummary(int Seed, IReadOnlyList<CaseResult> Results, IReadOnlyList<CheckFailure> Checks,
    IReadOnlyList<string> Ledger, string Digest, TimeSpan Elapsed)
{
    public int Crashes => Results.Count(r => r.Outcome == CaseResult.Crash);
    public int Hangs => Results.Count(r => r.Outcome == CaseResult.Hang);
    public int Loaded => Results.Count(r => r.Outcome == CaseResult.Loaded);
    public bool Passed => Crashes == 0 && Hangs == 0 && Checks.Count == 0 && Ledger.Count == 0;

    public IReadOnlyList<(string Kind, int Count)> RejectedByKind =>
        Results.Where(r => r.Outcome == CaseResult.Rejected).GroupBy(r => r.Kind ?? "?")
            .Select(g => (g.Key, g.Count())).OrderByDescending(k => k.Item2).ThenBy(k => k.Key, StringComparer.Ordinal).ToList();

    public IReadOnlyList<CaseResult> Slowest(int n) => Results.OrderByDescending(r => r.CpuMs).ThenByDescending(r => r.Ms).Take(n).ToList();

    public void Print(TextWriter o)
    {
        o.WriteLine();
        o.WriteLine($"documents fuzzed: {Results.Count} (seed {Seed}, digest {Digest[..16]}) in {Elapsed.TotalSeconds:0.0} s");
        o.WriteLine($"crashes: {Crashes}    hangs: {Hangs}    loaded: {Loaded}    rejected: {Results.Count(r => r.Outcome == CaseResult.Rejected)}");
        o.WriteLine("rejected by kind:");
        foreach (var (kind, count) in RejectedByKind) o.WriteLine($"  {kind,-22} {count,6}");
        o.WriteLine("outcomes by mutation (loaded/rejected/failed):");
        foreach (var g in Results.GroupBy(r => r.Case.Mutation).OrderBy(g => g.Key, StringComparer.Ordinal))
            o.WriteLine($"  {g.Key,-22} {g.Count(r => r.Outcome == CaseResult.Loaded),5} {g.Count(r => r.Outcome == CaseResult.Rejected),5} {g.Count(r => r.Failed),3}");
        o.WriteLine("slowest files (processor time of the read and ingest; wall time):");
        foreach (var r in Slowest(8))
            o.WriteLine($"  {r.CpuMs / 1000,6:0.00} s  (wall {r.Ms / 1000:0.00} s, read {r.ReadMs / 1000:0.00} s)  {r.Case.Name} [{r.Outcome}{(r.Kind is null ? "" : ": " + r.Kind)}]");
        foreach (var r in Results.Where(r => r.Failed))
            o.WriteLine($"FAILED {r.Outcome} {r.Case.Name} ({r.Case.Origin}, {r.Case.Mutation}): {r.Kind}: {r.Message}");
        o.WriteLine(Checks.Count == 0 ? "data checks: all pass" : $"data checks: {Checks.Count} failed");
        foreach (var c in Checks.Take(20)) o.WriteLine($"  CHECK {c.Check}: {c.Key}: {c.Problem}");
        o.WriteLine(Ledger.Count == 0 ? "ledger: every loaded file is in documents, every refused one in rejections" : $"ledger: {Ledger.Count} problems");
        foreach (var l in Ledger.Take(20)) o.WriteLine($"  LEDGER {l}");
        o.WriteLine(Passed ? "fuzz: PASSED" : "fuzz: FAILED");
    }

    public IEnumerable<string> Tsv() => Results.Select(TsvRow).Prepend(TsvHeader);

    public const string TsvHeader = "index\tfile\torigin\tmutation\toutcome\tkind\tread_ms\tingest_ms\tcpu_ms\tmessage";

    public static string TsvRow(CaseResult r) => string.Join('\t',
        r.Case.Index, r.Case.Name, r.Case.Origin, r.Case.Mutation, r.Outcome, r.Kind ?? "",
        r.ReadMs.ToString("0.0", CultureInfo.InvariantCulture), r.IngestMs.ToString("0.0", CultureInfo.InvariantCulture),
        r.CpuMs.ToString("0", CultureInfo.InvariantCulture),
        (r.Message ?? "").ReplaceLineEndings(" ").Replace('\t', ' '));
}
