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
/// Compares emitted rows with facts. Rows speak of the same figure when type, unit, province, year, index and criterion
/// agree (names compared folded, "UBND" dropped). An emitted row is correct when some fact of the same figure has every
/// value it states (value, rank, rank-of, rank change; a headline's rank alone agrees with the body's value and rank);
/// otherwise it is false. A fact is found when its correct rows together state everything it states.
/// </summary>
public static class Scoring
{
    public static DocumentScore Score(string document, IReadOnlyList<Fact> facts, IReadOnlyList<Emitted> emitted, string? refusal)
    {
        var distinctFacts = facts.DistinctBy(Key).ToList();
        var distinctEmitted = emitted.DistinctBy(e => Key(e.Fact)).ToList();
        var missed = distinctFacts.Where(f => !Found(f, distinctEmitted.Where(e => Agrees(e.Fact, f)).Select(e => e.Fact).ToList())).ToList();
        var wrong = distinctEmitted.Where(e => !distinctFacts.Any(f => Agrees(e.Fact, f))).ToList();
        return new DocumentScore(document, distinctFacts, distinctEmitted, missed, wrong, refusal);
    }

    /// <summary>Everything that identifies a figure and what it states.</summary>
    public static string Key(Fact f) => string.Join('|', Figure(f), Value(f.Value), f.Rank, f.RankOf, f.RankChange);

    private static string Figure(Fact f) =>
        string.Join('|', f.Type, UnitKey(f.Unit), Units.Key(f.Province), f.Year, f.Index, f.Criterion);

    private static bool Agrees(Fact emitted, Fact fact) =>
        Figure(emitted) == Figure(fact) && Same(Round(emitted.Value), Round(fact.Value)) && Same(emitted.Rank, fact.Rank)
        && Same(emitted.RankOf, fact.RankOf) && Same(emitted.RankChange, fact.RankChange);

    private static bool Same<T>(T? stated, T? fact) where T : struct => stated is null || Equals(stated, fact);

    private static bool Found(Fact fact, List<Fact> agreeing) => agreeing.Count > 0
        && Covered(fact.Value, agreeing.Select(e => e.Value)) && Covered(fact.Rank, agreeing.Select(e => e.Rank))
        && Covered(fact.RankOf, agreeing.Select(e => e.RankOf)) && Covered(fact.RankChange, agreeing.Select(e => e.RankChange));

    private static bool Covered<T>(T? fact, IEnumerable<T?> stated) where T : struct => fact is null || stated.Any(s => s is not null);

    /// <summary>Values are compared as stored: DECIMAL(6,2), so "91,651" is 91,65.</summary>
    private static decimal? Round(decimal? v) => v is { } d ? Math.Round(d, 2, MidpointRounding.AwayFromZero) : null;

    private static string Value(decimal? v) => Round(v)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string UnitKey(string unit)
    {
        var key = Units.Key(unit);
        foreach (var prefix in (string[])["uy ban nhan dan ", "ubnd "])
            if (key.StartsWith(prefix, StringComparison.Ordinal)) return key[prefix.Length..];
        return key;
    }
}
