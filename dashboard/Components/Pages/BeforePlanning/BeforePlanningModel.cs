using Analytics.Dashboard.Data;

namespace Analytics.Dashboard.Components.Pages.BeforePlanning;

/// <summary>Weak criteria of a province's units in a year (one query) and the tasks plans set for them (one query).</summary>
public sealed record BeforePlanningModel(IReadOnlyList<WeakCriterion> Weak, IReadOnlyList<TaskFollowUp> Tasks)
{
    public static BeforePlanningModel Load(DashboardQueries q, string? province, int year, string index) => new(
        q.WeakCriteria(province, null, year, index),
        q.TaskFollowUps(province, year, index));

    public IReadOnlyList<TaskFollowUp> TasksFor(WeakCriterion w) =>
        Tasks.Where(t => t.Unit == w.Unit && t.Province == w.Province && t.Criterion == w.Criterion).ToList();
}
