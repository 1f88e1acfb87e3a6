using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.Trends;

/// <summary>A unit's criteria over the years (one query) and the ranks of its peers over the years (one query).</summary>
public sealed record TrendsModel(IReadOnlyList<Figure> Unit, IReadOnlyList<Figure> Peers)
{
    public static TrendsModel Load(DashboardQueries q, UnitSelection s, string criterion)
    {
        var unit = q.Figures(new FigureFilter(s.Province, s.Unit, IndexCode: s.Index));
        var kind = unit.FirstOrDefault()?.UnitKind;
        // Provinces are ranked nationally; departments within their province.
        var peers = kind == "province"
            ? q.Figures(new FigureFilter(UnitKind: kind, IndexCode: s.Index, Criterion: criterion))
            : q.Figures(new FigureFilter(s.Province, UnitKind: kind, IndexCode: s.Index, Criterion: criterion));
        return new TrendsModel(unit, peers);
    }

    public IReadOnlyList<string> Criteria => Unit.Select(f => f.Criterion).Distinct().OrderBy(Vi.CriterionOrder).ToList();

    /// <summary>Every year from the first to the last figure, so a gap year shows as missing rather than vanishing.</summary>
    public IReadOnlyList<int> Years => Span(Unit.Select(f => f.Year));

    public IReadOnlyList<int> MissingYears => Years.Except(Unit.Select(f => f.Year)).ToList();

    public Figure? Cell(string criterion, int year) => Unit.FirstOrDefault(f => f.Criterion == criterion && f.Year == year);

    public IReadOnlyList<int> RankYears => Span(Peers.Where(f => f.Rank is not null).Select(f => f.Year));

    /// <summary>Peers that were ranked at least once, best latest rank first.</summary>
    public IReadOnlyList<string> RankedUnits => Peers.Where(f => f.Rank is not null).GroupBy(f => f.Unit)
        .OrderBy(g => g.OrderByDescending(f => f.Year).First().Rank).ThenBy(g => g.Key, UnitSelection.ViOrder)
        .Select(g => g.Key).ToList();

    public Figure? PeerCell(string unit, int year) => Peers.FirstOrDefault(f => f.Unit == unit && f.Year == year);

    private static IReadOnlyList<int> Span(IEnumerable<int> years)
    {
        var list = years.ToList();
        return list.Count == 0 ? [] : Enumerable.Range(list.Min(), list.Max() - list.Min() + 1).ToList();
    }
}
