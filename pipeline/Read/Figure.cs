using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Read;

/// <summary>Which figures to read; null means "any".</summary>
public sealed record FigureFilter(
    string? Province = null, string? Unit = null, string? UnitKind = null, int? Year = null,
    string? IndexCode = null, string? Criterion = null);

/// <summary>
/// One row of <c>criterion_status</c>: a unit's resolved figure for a criterion and year: value, gap to 90% (the view's
/// gap_to_90 = 90 − value, positive = below), the unit's target, rank and movement, the change from the previous year
/// (none across a reorganisation: BreakNote says why), its place among its peers, and where each was read. The one
/// record the dashboard, the export and the report read a figure into.
/// </summary>
public sealed record Figure(
    string Unit, string UnitKind, string? Province, string IndexCode, string Criterion, int Year,
    decimal? ValuePct, decimal? GapTo90, decimal? TargetPct, int? Rank, int? RankOf, int? Movement,
    int? PrevYear, decimal? PrevValuePct, decimal? ChangePp, SourceRef? Source)
{
    public SourceRef? RankSource { get; init; }
    public SourceRef? TargetSource { get; init; }
    public string? TargetSetBy { get; init; }
    public string? BreakNote { get; init; }
    public bool SeriesBreak { get; init; }

    /// <summary>The value, or the rank, was computed from a stated change (a 2023 figure from "tăng 1,47%", "giảm 4 bậc").</summary>
    public bool ValueIsDerived { get; init; }
    public bool RankIsDerived { get; init; }

    public int? PrevRank { get; init; }
    public int? StatedMovement { get; init; }

    /// <summary>The computed movement agrees with the stated one (null when either is missing).</summary>
    public bool? Agrees { get; init; }
    public decimal? GapToTarget { get; init; }
    public decimal? PeerAvg { get; init; }
    public decimal? PeerBest { get; init; }
    public decimal? PeerWorst { get; init; }
    public long? PeerN { get; init; }
    public long? RankInPeers { get; init; }

    /// <summary>Documents state more than one value for it (the conflicts view lists them).</summary>
    public bool HasConflict { get; init; }

    /// <summary>The line the value (or, <paramref name="rank"/>, the rank) was read from; a rank without its own source was
    /// read with the value.</summary>
    public SourceRef? SourceOf(bool rank) => rank ? RankSource ?? Source : Source;

    /// <summary>The gap as every chart and table shows it: value − 90 in points, negative below 90.</summary>
    public decimal? VsNinety => ValuePct - 90;
}
