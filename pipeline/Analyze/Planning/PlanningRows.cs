using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>A weak criterion of a unit in a year and how many tasks the unit's plan for the next year sets for it.
/// PlanLoaded: that plan is loaded at all (else "uncovered" only means the plan is missing).</summary>
public sealed record CriterionCoverage(
    string Unit, string? Province, string IndexCode, int Year, string Criterion, decimal? ValuePct, decimal? GapTo90,
    double? Severity, int PlanYear, int PlanTasks, bool PlanLoaded, SourceRef? Source)
{
    public bool Uncovered => PlanTasks == 0;
}

/// <summary>A task of a plan, for the criterion it is listed under: the unit whose plan it is (FromUnit) and its source.</summary>
public sealed record PlannedTask(
    string Unit, string? Province, string IndexCode, string Criterion, string FromUnit, int? PlanYear, string? Section,
    string Description, string? LeadUnit, string? Partners, string? Timeline, string? ExpectedResult, SourceRef Source);
