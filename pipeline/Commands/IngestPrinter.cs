using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Commands;

/// <summary>Prints what an ingest did: one block per document, then totals, failures and failed data checks.</summary>
public static class IngestPrinter
{
    public static string Line(IngestOutcome o)
    {
        var head = $"{o.Status,-9} {o.SourceFile}";
        if (o.Extraction is not { } x || o.Failed && o.Status == IngestStatus.Failed && x.Observations.Count == 0)
            return head + string.Concat(o.Problems.Select(p => $"\n          {p.Message}"));
        var d = x.Document;
        var derived = x.Observations.Count(ob => ob.IsDerived);
        var warnings = x.Findings.Where(f => f.Severity == Severities.Warning).ToList();
        var lines = new List<string>
        {
            $"{head}  [{d.Kind}] {d.Issuer ?? "?"} · {d.Province ?? "?"} · {d.Year?.ToString() ?? "?"}{(d.Number is null ? "" : " · " + d.Number)}",
            $"          figures {x.Observations.Count} ({derived} derived) · targets {x.Targets.Count} · tasks {x.Tasks.Count} · warnings {warnings.Count}",
        };
        lines.AddRange(warnings.Select(w => $"          warning {w.File}:{w.Line}: {w.Message}"));
        lines.AddRange(o.Problems.Select(p => $"          {(p.Severity == Severities.Warning ? "warning" : "error")} {p.File}:{p.Line}: {p.Message}"));
        return string.Join('\n', lines);
    }

    public static void Summary(TextWriter output, IngestTally t, IReadOnlyList<CheckFailure> checks)
    {
        output.WriteLine();
        output.WriteLine($"Documents: {t.Documents} ({t.Count(IngestStatus.Loaded)} loaded, {t.Count(IngestStatus.Replaced)} replaced, " +
                         $"{t.Count(IngestStatus.Unchanged)} unchanged, {t.Count(IngestStatus.Skipped)} skipped, {t.Count(IngestStatus.Failed)} failed)");
        output.WriteLine($"Extracted from loaded documents: figures {t.Figures} · targets {t.Targets} · tasks {t.Tasks} · warnings {t.Warnings}");
        foreach (var f in t.Failures)
            output.WriteLine($"FAILED {f.File}:{f.Line}: {f.Message}");
        foreach (var c in checks)
            output.WriteLine($"CHECK FAILED {c.Check}: {c.Key}: {c.Problem}");
        if (checks.Count == 0) output.WriteLine("Data checks: all passed");
    }
}

/// <summary>What an ingest did, in counts (and the failures' problems), without holding the documents' extractions.</summary>
public sealed class IngestTally
{
    private readonly Dictionary<string, int> _statuses = [];

    public int Documents { get; private set; }
    public long Figures { get; private set; }
    public long Targets { get; private set; }
    public long Tasks { get; private set; }
    public long Warnings { get; private set; }
    public List<Finding> Failures { get; } = [];

    public int Count(string status) => _statuses.GetValueOrDefault(status);

    public void Add(IngestOutcome o)
    {
        Documents++;
        _statuses[o.Status] = Count(o.Status) + 1;
        if (o.Failed) Failures.AddRange(o.Problems);
        if (o.Status is not (IngestStatus.Loaded or IngestStatus.Replaced) || o.Extraction is not { } x) return;
        Figures += x.Observations.Count;
        Targets += x.Targets.Count;
        Tasks += x.Tasks.Count;
        Warnings += x.Findings.Count(f => f.Severity == Severities.Warning);
    }
}
