namespace Analytics.Pipeline.Analyze.Report;

/// <summary>One criterion of a unit in a year: value, change, rank and movement, gaps, peers, and where the value comes from.</summary>
public sealed record UnitCriterionRow(
    string IndexCode, string Criterion, string CriterionVi, decimal? ValuePct, int? PrevYear, decimal? PrevValuePct,
    decimal? ChangePp, bool SeriesBreak, string? BreakNote, int? Rank, int? RankOf, int? PrevRank, int? Movement,
    int? StatedMovement, bool? Agrees, decimal? GapTo90, decimal? TargetPct, decimal? GapToTarget, decimal? PeerAvg,
    decimal? PeerBest, decimal? PeerWorst, long? PeerN, long? RankInPeers, bool HasConflict,
    string? SourceFile, int? SourceLine, string? SourceText);

/// <summary>One weak criterion with its reasons in plain words and its severity score.</summary>
public sealed record WeakRow(
    string IndexCode, string Criterion, string CriterionVi, decimal? ValuePct, decimal? GapTo90, decimal? ChangePp,
    int? Movement, IReadOnlyList<string> Reasons, double Severity, string? SourceFile, int? SourceLine);

/// <summary>A unit's report for one year.</summary>
public sealed record UnitReport(string Unit, string? Province, int Year, IReadOnlyList<UnitCriterionRow> Criteria, IReadOnlyList<WeakRow> Weak);
