using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>A weak criterion of a unit in a year and how many tasks the unit's plan for the next year sets for it.
/// PlanLoaded: that plan is loaded at all (else "uncovered" only means the plan is missing). PredictedTasks: how many of
/// PlanTasks only a predicted link (not the document) puts under the criterion.</summary>
public sealed record CriterionCoverage(
    string Unit, string? Province, string IndexCode, int Year, string Criterion, decimal? ValuePct, decimal? GapTo90,
    double? Severity, int PlanYear, int PlanTasks, bool PlanLoaded, SourceRef? Source, int PredictedTasks = 0)
{
    public bool Uncovered => PlanTasks == 0;
}

/// <summary>A task of a plan, for the criterion it is listed under: the unit whose plan it is (FromUnit) and its source.
/// LinkedBy: "document" when its document states the criterion, "model" (with the classifier's Confidence, 0–1) or
/// "rules" when the link is predicted.</summary>
public sealed record PlannedTask(
    string Unit, string? Province, string IndexCode, string Criterion, string FromUnit, int? PlanYear, string? Section,
    string Description, string? LeadUnit, string? Partners, string? Timeline, string? ExpectedResult, SourceRef Source,
    string LinkedBy = "document", double? Confidence = null)
{
    public bool Predicted => LinkedBy != "document";
}
