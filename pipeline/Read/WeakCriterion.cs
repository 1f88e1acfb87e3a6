using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Read;

/// <summary>One row of <c>weak_criteria</c>: a criterion below 90% (or its target, or falling, or below its peers) for a
/// unit in a year, with the reasons the analysis gives and its severity (higher = more urgent). GapTo90 is the view's
/// 90 − value (positive = below).</summary>
public sealed record WeakCriterion(
    string Unit, string? Province, string IndexCode, string Criterion, int Year, decimal? ValuePct, decimal? GapTo90,
    decimal? ChangePp, int? Movement, IReadOnlyList<string> Reasons, double Severity, SourceRef? Source)
{
    /// <summary>The gap as every chart and table shows it: value − 90 in points, negative below 90.</summary>
    public decimal? VsNinety => ValuePct - 90;
}
