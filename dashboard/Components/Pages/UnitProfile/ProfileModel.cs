using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.UnitProfile;

/// <summary>What the unit profile shows for one unit, year and index: three queries, no more.</summary>
public sealed record ProfileModel(
    Figure? Overall, IReadOnlyList<Figure> Criteria, IReadOnlyList<WeakCriterion> Weak, IReadOnlyList<TargetFigure> Targets)
{
    public static ProfileModel Load(DashboardQueries q, UnitSelection s)
    {
        var figures = q.Figures(new FigureFilter(s.Province, s.Unit, Year: s.Year, IndexCode: s.Index))
            .OrderBy(f => Vi.CriterionOrder(f.Criterion)).ToList();
        return new ProfileModel(
            figures.FirstOrDefault(f => f.Criterion == "overall"),
            figures.Where(f => f.Criterion != "overall").ToList(),
            q.WeakCriteria(s.Province, s.Unit, s.Year!.Value, s.Index),
            q.Targets(s.Province, s.Unit!, s.Year.Value, s.Index));
    }

    public bool IsEmpty => Overall is null && Criteria.Count == 0;

    /// <summary>The target document behind a figure's resolved target (the first one stating that level).</summary>
    public TargetFigure? TargetOf(Figure f) =>
        f.TargetPct is { } level
            ? Targets.FirstOrDefault(t => t.Criterion == f.Criterion && t.TargetPct == level)
              ?? new TargetFigure(f.Criterion, level, null, null)
            : Targets.FirstOrDefault(t => t.Criterion == f.Criterion);

    /// <summary>Figures without a previous year to compare with, by year.</summary>
    public bool HasPreviousYear => Criteria.Append(Overall).Any(f => f?.PrevValuePct is not null || f?.ChangePp is not null);
}
