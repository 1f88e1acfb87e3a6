using Analytics.Dashboard.Data;
using Analytics.Pipeline.Analyze.Planning;

namespace Analytics.Dashboard.Components.Pages.BeforePlanning;

/// <summary>Weak criteria of a province's units in a year, the tasks plans set for them, what next year's plan covers
/// and what other units of the province planned for the same criteria (one query each).</summary>
public sealed record BeforePlanningModel(
    IReadOnlyList<WeakCriterion> Weak, IReadOnlyList<TaskFollowUp> Tasks, IReadOnlyList<CriterionCoverage> Coverage,
    IReadOnlyList<PlannedTask> Suggestions)
{
    public static BeforePlanningModel Load(DashboardQueries q, string? province, int year, string index) => new(
        q.WeakCriteria(province, null, year, index),
        q.TaskFollowUps(province, year, index),
        q.PlanCoverage(province, null, year, index),
        q.PlanSuggestions(province, null, year, index));

    public IReadOnlyList<TaskFollowUp> TasksFor(WeakCriterion w) =>
        Tasks.Where(t => t.Unit == w.Unit && t.Province == w.Province && t.Criterion == w.Criterion).ToList();

    public CriterionCoverage? CoverageOf(WeakCriterion w) =>
        Coverage.FirstOrDefault(c => c.Unit == w.Unit && c.Province == w.Province && c.Criterion == w.Criterion);

    public IReadOnlyList<CriterionCoverage> CoverageOf(string unit) => Coverage.Where(c => c.Unit == unit).ToList();

    public IReadOnlyList<PlannedTask> SuggestionsFor(WeakCriterion w) =>
        Suggestions.Where(t => t.Unit == w.Unit && t.Province == w.Province && t.Criterion == w.Criterion).ToList();
}
