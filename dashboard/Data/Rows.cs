using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Data;

/// <summary>Which figures to read; null means "any".</summary>
public sealed record FigureFilter(
    string? Province = null, string? Unit = null, string? UnitKind = null, int? Year = null,
    string? IndexCode = null, string? Criterion = null);

/// <summary>
/// One resolved figure of a unit for a criterion and year: value, gap to 90%, the unit's target, rank and movement,
/// the change from the previous year (none across a reorganisation: BreakNote says why), and where each was read.
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

    /// <summary>The value, or the rank, was computed from a stated change (a 2023 figure from "tăng 1,47%", "giảm 4 bậc").</summary>
    public bool ValueIsDerived { get; init; }
    public bool RankIsDerived { get; init; }
}

/// <summary>A unit the database has figures for in a year and index, or (HasFigures false) only a plan of that year
/// (drives the filter lists).</summary>
public sealed record UnitChoice(string? Province, string Unit, string UnitKind, int Year, string IndexCode, bool HasFigures = true);

/// <summary>A criterion below 90% (or falling) for a unit in a year, with the reasons the analysis gives.</summary>
public sealed record WeakCriterion(
    string Unit, string? Province, string Criterion, int Year, decimal? ValuePct, decimal? GapTo90,
    decimal? ChangePp, int? Movement, IReadOnlyList<string> Reasons, double? Severity, SourceRef? Source);

/// <summary>The average, best and worst of a unit's peers (e.g. the departments of a province) on a criterion.</summary>
public sealed record PeerAverage(string Criterion, decimal? AvgPct, decimal? BestPct, decimal? WorstPct, int? PeerCount);

/// <summary>A task an ingested plan set for a weak criterion, and the criterion's value before and after the plan year.</summary>
public sealed record TaskFollowUp(
    string Unit, string? Province, string Criterion, int? PlanYear, string Description, string? LeadUnit,
    string? Timeline, decimal? BeforePct, decimal? AfterPct, SourceRef? Source, string LinkedBy = "document",
    double? Confidence = null);

/// <summary>An ingested document.</summary>
public sealed record DocumentRow(
    string SourceFile, string? Kind, string? Issuer, string? Province, int? Year, string? Number, DateOnly? IssuedOn);

/// <summary>One side of a conflict: a value and the document (and line) that states it.</summary>
public sealed record ConflictSide(
    string Unit, string? Province, int Year, string IndexCode, string Criterion, decimal? ValuePct, SourceRef Source,
    bool InUse);

/// <summary>What a document says at a line: a figure, a target or a task; the page of a PDF or picture it stands on and,
/// for text read by OCR, the confidence of its lines.</summary>
public sealed record Quote(
    string Kind, string? Unit, string? Province, int? Year, string? Criterion, decimal? ValuePct, string Text,
    int? Page = null, decimal? OcrConfidence = null);

/// <summary>Input the ingestion could not accept, with its reason.</summary>
public sealed record Rejection(string File, int Line, string Message, string? Text);
