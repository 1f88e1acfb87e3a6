using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.UnitProfile;

/// <summary>What the unit profile shows for one unit, year and index: two queries.</summary>
public sealed record ProfileModel(Figure? Overall, IReadOnlyList<Figure> Criteria, IReadOnlyList<WeakCriterion> Weak)
{
    public static ProfileModel Load(DashboardQueries q, UnitSelection s)
    {
        var figures = q.Figures(new FigureFilter(s.Province, s.Unit, Year: s.Year, IndexCode: s.Index))
            .OrderBy(f => Vi.CriterionOrder(f.Criterion)).ToList();
        return new ProfileModel(
            figures.FirstOrDefault(f => f.Criterion == "overall"),
            figures.Where(f => f.Criterion != "overall").ToList(),
            // The overall index has the headline; the list is about the criteria to work on.
            q.WeakCriteria(s.Province, s.Unit, s.Year!.Value, s.Index).Where(w => w.Criterion != "overall").ToList());
    }

    public bool IsEmpty => Overall is null && Criteria.Count == 0;

    public bool AnyTarget => Criteria.Any(f => f.TargetPct is not null);

    public bool AnyChange => Criteria.Any(f => f.ChangePp is not null || f.BreakNote is not null);
}
