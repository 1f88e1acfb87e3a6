using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;

namespace Analytics.Dashboard.Components.Pages.UnitProfile;

/// <summary>A unit known from its plans but without figures of its own for the year: its plans, whose figures they quote,
/// and the tasks its plan for the year sets (three queries).</summary>
public sealed record UnitPlan(IReadOnlyList<DocumentRow> Plans, IReadOnlyList<PlanQuote> Quotes, IReadOnlyList<UnitTask> Tasks)
{
    public static UnitPlan Load(DashboardQueries q, UnitSelection s) => new(
        q.UnitPlans(s.Unit!, s.Province),
        q.PlanQuotes(s.Unit!, s.Province, s.Index),
        s.Year is { } y ? q.UnitTasks(s.Unit!, s.Province, y, s.Index) : []);
}
