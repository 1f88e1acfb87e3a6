using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Evaluate;

/// <summary>A figure or target the pipeline loaded from one document.</summary>
public sealed record Emitted(Fact Fact, string SourceText);

/// <summary>One document's comparison: facts not found, emitted figures no fact confirms, and the counts.</summary>
public sealed record DocumentScore(string Document, IReadOnlyList<Fact> Facts, IReadOnlyList<Emitted> EmittedRows,
    IReadOnlyList<Fact> Missed, IReadOnlyList<Emitted> False, string? Refusal)
{
    public int Found(string type) => Facts.Count(f => f.Type == type) - Missed.Count(f => f.Type == type);
    public int FactCount(string type) => Facts.Count(f => f.Type == type);
    public int EmittedCount(string type) => EmittedRows.Count(e => e.Fact.Type == type);
    public int FalseCount(string type) => False.Count(e => e.Fact.Type == type);
}

/// <summary>
/// Compares emitted rows with facts. A fact is found when an emitted row of the same type has the same unit,
/// province, year, index, criterion, value, rank, rank-of and rank change (names compared folded, "UBND" dropped); an
/// emitted row is false when no fact has all of these. The same figure stated twice counts once on either side.
/// </summary>
public static class Scoring
{
    public static DocumentScore Score(string document, IReadOnlyList<Fact> facts, IReadOnlyList<Emitted> emitted, string? refusal)
    {
        var distinctFacts = facts.DistinctBy(Key).ToList();
        var distinctEmitted = emitted.DistinctBy(e => Key(e.Fact)).ToList();
        var emittedKeys = distinctEmitted.Select(e => Key(e.Fact)).ToHashSet();
        var factKeys = distinctFacts.Select(Key).ToHashSet();
        return new DocumentScore(document, distinctFacts, distinctEmitted,
            distinctFacts.Where(f => !emittedKeys.Contains(Key(f))).ToList(),
            distinctEmitted.Where(e => !factKeys.Contains(Key(e.Fact))).ToList(), refusal);
    }

    /// <summary>What must agree: everything but the line and the unit kind.</summary>
    public static string Key(Fact f) => string.Join('|', f.Type, UnitKey(f.Unit), Units.Key(f.Province), f.Year, f.Index,
        f.Criterion, f.Value is { } v ? decimal.Round(v, 3).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "",
        f.Rank, f.RankOf, f.RankChange);

    private static string UnitKey(string unit)
    {
        var key = Units.Key(unit);
        foreach (var prefix in (string[])["uy ban nhan dan ", "ubnd "])
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return key[prefix.Length..];
        return key;
    }
}
