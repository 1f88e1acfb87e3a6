using System.Text.Json.Serialization;

namespace Analytics.Pipeline.Model;

/// <summary>
/// Where a value came from: file name, 1-based line (or table row) and the text as written. For a PDF or a picture also
/// the page (1-based) and, for text read by OCR, the confidence (0–100) of the lines the statement stands on; both are
/// null otherwise and then left out of JSON, so the golden files of text documents do not change. Note: what the source
/// itself remarks on the row, verbatim (a results table's `notes` or 'Ghi chú' cell: "rank from listed order",
/// "Tạm tính"); null when it remarks nothing.
/// </summary>
public sealed record SourceRef(string File, int Line, string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? OcrConfidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);

/// <summary>One ingested document. Kind: plan | appendix | plan+appendix | results.</summary>
public sealed record DocumentInfo(
    string SourceFile, string Sha256, string Kind, string? Issuer, string? Province,
    int? Year, string? Number, DateOnly? IssuedOn, string Format, long Bytes);

/// <summary>
/// A figure: the unit measured, in the year the survey measures. UnitKind: department | province | national | other.
/// IndexCode: SIPAS | PAR_INDEX. Criterion: a canonical key (see Glossary/criteria.csv).
/// Origin: plan_body | plan_appendix | published (drives the precedence of conflicting values).
/// RankChange: stated change in places (+ = moved up). ValueChange: stated change in points.
/// IsDerived: computed from a stated change (last year's value or rank), with the same source.
/// </summary>
public sealed record Observation(
    string Unit, string UnitKind, string? Province, int Year, string IndexCode,
    string Criterion, string CriterionAsWritten, decimal? ValuePct, int? Rank, int? RankOf,
    int? RankChange, decimal? ValueChange, bool IsDerived, string Origin, SourceRef Source);

/// <summary>A target level for a unit, year, index and criterion. SetBy: plan | province (assigned by UBND tỉnh).</summary>
public sealed record Target(
    string Unit, string UnitKind, string? Province, int Year, string IndexCode,
    string Criterion, decimal TargetPct, string SetBy, string? Basis, SourceRef Source);

/// <summary>A task of a plan table or numbered task section.</summary>
public sealed record PlanTask(
    string Unit, string? Province, int? PlanYear, string IndexCode, string? Section,
    IReadOnlyList<string> Criteria, string Description, string? LeadUnit, string? Partners,
    string? Timeline, string? ExpectedResult, SourceRef Source);

/// <summary>Something a reader noticed (Severity warning) or could not accept (Severity error); never thrown.</summary>
public sealed record Finding(string File, int Line, string Severity, string Message, string? Text = null)
{
    public override string ToString() => $"{File}:{Line}: {Severity}: {Message}";
}

/// <summary>What one document yields. A document with any error Finding is not loaded at all.</summary>
public sealed record Extraction(
    DocumentInfo Document,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<Finding> Findings)
{
    public bool Failed => Findings.Any(f => f.Severity == Severities.Error);
}

public static class Severities
{
    public const string Warning = "warning";
    public const string Error = "error";
}
