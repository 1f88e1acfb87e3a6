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
        lines.AddRange(o.Problems.Select(p => $"          error {p.File}:{p.Line}: {p.Message}"));
        return string.Join('\n', lines);
    }

    public static void Summary(TextWriter output, IReadOnlyList<IngestOutcome> outcomes, IReadOnlyList<CheckFailure> checks)
    {
        var loaded = outcomes.Where(o => o.Status is IngestStatus.Loaded or IngestStatus.Replaced).ToList();
        output.WriteLine();
        output.WriteLine($"Documents: {outcomes.Count} ({Count(IngestStatus.Loaded)} loaded, {Count(IngestStatus.Replaced)} replaced, " +
                         $"{Count(IngestStatus.Unchanged)} unchanged, {Count(IngestStatus.Skipped)} skipped, {Count(IngestStatus.Failed)} failed)");
        output.WriteLine($"Extracted from loaded documents: figures {loaded.Sum(o => o.Extraction!.Observations.Count)} · " +
                         $"targets {loaded.Sum(o => o.Extraction!.Targets.Count)} · tasks {loaded.Sum(o => o.Extraction!.Tasks.Count)} · " +
                         $"warnings {loaded.Sum(o => o.Extraction!.Findings.Count(f => f.Severity == Severities.Warning))}");
        foreach (var f in outcomes.Where(o => o.Failed).SelectMany(o => o.Problems))
            output.WriteLine($"FAILED {f.File}:{f.Line}: {f.Message}");
        foreach (var c in checks)
            output.WriteLine($"CHECK FAILED {c.Check}: {c.Key}: {c.Problem}");
        if (checks.Count == 0) output.WriteLine("Data checks: all passed");

        int Count(string status) => outcomes.Count(o => o.Status == status);
    }
}
