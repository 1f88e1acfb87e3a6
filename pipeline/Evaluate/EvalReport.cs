namespace Analytics.Pipeline.Evaluate;

/// <summary>Totals over a corpus: facts found (H of F) and false figures (X of E emitted), for one type or both.</summary>
public sealed record EvalTotals(int Found, int Facts, int False, int Emitted)
{
    public decimal Recall => Facts == 0 ? 100m : Math.Round(100m * Found / Facts, 1);
    public decimal Precision => Emitted == 0 ? 100m : Math.Round(100m * (Emitted - False) / Emitted, 1);

    public static EvalTotals Of(IEnumerable<DocumentScore> scores, params string[] types)
    {
        var list = scores.ToList();
        return new EvalTotals(Sum(list, types, (s, t) => s.Found(t)), Sum(list, types, (s, t) => s.FactCount(t)),
            Sum(list, types, (s, t) => s.FalseCount(t)), Sum(list, types, (s, t) => s.EmittedCount(t)));
    }

    private static int Sum(List<DocumentScore> scores, string[] types, Func<DocumentScore, string, int> count) =>
        scores.Sum(s => types.Sum(t => count(s, t)));
}

/// <summary>Prints the comparison: per document, each miss and false figure with file and line, then the totals. The
/// last line is the contract `eval: recall R% precision P% (H of F facts found, X false of E emitted)`.</summary>
public static class EvalReport
{
    public static EvalTotals Print(TextWriter o, IReadOnlyList<DocumentScore> scores)
    {
        foreach (var s in scores)
        {
            var obs = Part(s, Fact.Observation);
            var tgt = Part(s, Fact.Target);
            o.WriteLine($"{s.Document}: observations {obs} · targets {tgt}{(s.Refusal is null ? "" : " · refused: " + s.Refusal)}");
            foreach (var f in s.Missed) o.WriteLine($"  miss  {s.Document}:{f.Line} expected {Describe(f)}");
            foreach (var e in s.False) o.WriteLine($"  false {s.Document}:{e.Fact.Line} emitted {Describe(e.Fact)} ← “{Cut(e.SourceText)}”");
        }
        var observations = EvalTotals.Of(scores, Fact.Observation);
        var targets = EvalTotals.Of(scores, Fact.Target);
        var all = EvalTotals.Of(scores, Fact.Observation, Fact.Target);
        o.WriteLine();
        o.WriteLine($"documents: {scores.Count} ({scores.Count(s => s.Refusal is not null)} refused)");
        o.WriteLine($"observations: {Line(observations)}");
        o.WriteLine($"targets: {Line(targets)}");
        o.WriteLine($"eval: {Line(all)}");
        return all;
    }

    private static string Line(EvalTotals t) => FormattableString.Invariant(
        $"recall {t.Recall:0.0}% precision {t.Precision:0.0}% ({t.Found} of {t.Facts} facts found, {t.False} false of {t.Emitted} emitted)");

    private static string Part(DocumentScore s, string type) =>
        $"{s.Found(type)}/{s.FactCount(type)} found, {s.FalseCount(type)} false of {s.EmittedCount(type)}";

    public static string Describe(Fact f)
    {
        var value = f.Value is { } v ? FormattableString.Invariant($" {v:0.###}%") : "";
        var rank = f.Rank is { } r ? $" rank {r}{(f.RankOf is { } of ? "/" + of : "")}" : "";
        var change = f.RankChange is { } c ? $" change {c:+0;-0;0}" : "";
        var province = f.Province is null ? "" : ", " + f.Province;
        return $"{f.Type} {f.Unit} ({f.UnitKind}{province}) {f.Year} {f.Index} {f.Criterion}{value}{rank}{change}";
    }

    private static string Cut(string text) => text.Length <= 140 ? text : text[..140] + "…";
}
