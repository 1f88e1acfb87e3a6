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
        // The overall index has the headline; the list is about the criteria to work on.
        var weak = q.WeakCriteria(s.Province, s.Unit, s.Year!.Value, s.Index).Where(w => w.Criterion != "overall");
        return new ProfileModel(
            figures.FirstOrDefault(f => f.Criterion == "overall"),
            figures.Where(f => f.Criterion != "overall").ToList(),
            Vi.IsSatisfaction(s.Index) ? weak.ToList() : WithoutNinety(weak));
    }

    /// <summary>The PAR INDEX is not judged against the 90% satisfaction target: that reason and gap are dropped, and a
    /// criterion weak only for it is no longer listed.</summary>
    public static IReadOnlyList<WeakCriterion> WithoutNinety(IEnumerable<WeakCriterion> weak) => weak
        .Select(w => w with { GapTo90 = null, Reasons = w.Reasons.Where(r => !r.Contains("90%")).ToList() })
        .Where(w => w.Reasons.Count > 0).ToList();

    public bool IsEmpty => Overall is null && Criteria.Count == 0;

    public bool AnyTarget => Criteria.Any(f => f.TargetPct is not null);

    public bool AnyChange => Criteria.Any(f => f.ChangePp is not null || f.BreakNote is not null);
}
