using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.CompareUnits;

/// <summary>The departments of a province in a year: every figure (one query) and the peers' averages (one query).</summary>
public sealed record CompareUnitsModel(IReadOnlyList<Figure> Figures, IReadOnlyList<PeerAverage> Averages)
{
    public const string Kind = "department";

    /// <summary>Sort keys of the rank table (the `sort` query parameter) and their column titles.</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> SortKeys =
        [("rank", "Xếp hạng"), ("name", "Đơn vị"), ("value", "Tỉ lệ hài lòng"), ("change", "So với năm trước"), ("movement", "Biến động hạng")];

    public static CompareUnitsModel Load(DashboardQueries q, UnitSelection s, int year) => new(
        q.Figures(new FigureFilter(s.Province, UnitKind: Kind, Year: year, IndexCode: s.Index)),
        q.PeerAverages("province_departments", s.Province ?? "", year, s.Index));

    public IReadOnlyList<string> Criteria =>
        Figures.Select(f => f.Criterion).Distinct().OrderBy(Vi.CriterionOrder).ToList();

    /// <summary>Units ordered by their overall rank, then value, then name.</summary>
    public IReadOnlyList<string> Units => Figures.GroupBy(f => f.Unit)
        .OrderBy(g => g.FirstOrDefault(f => f.Criterion == "overall")?.Rank ?? int.MaxValue)
        .ThenByDescending(g => g.FirstOrDefault(f => f.Criterion == "overall")?.ValuePct ?? -1)
        .ThenBy(g => g.Key, UnitSelection.ViOrder)
        .Select(g => g.Key).ToList();

    public Figure? Cell(string unit, string criterion) =>
        Figures.FirstOrDefault(f => f.Unit == unit && f.Criterion == criterion);

    public PeerAverage? Average(string criterion) => Averages.FirstOrDefault(a => a.Criterion == criterion);

    /// <summary>The rank table's rows for one criterion, sorted by a known key (unknown keys sort by rank).</summary>
    public IReadOnlyList<Figure> Ranking(string criterion, string? sort)
    {
        var rows = Figures.Where(f => f.Criterion == criterion);
        return (sort switch
        {
            "name" => rows.OrderBy(f => f.Unit, UnitSelection.ViOrder),
            "value" => rows.OrderByDescending(f => f.ValuePct ?? decimal.MinValue),
            "change" => rows.OrderByDescending(f => f.ChangePp ?? decimal.MinValue),
            "movement" => rows.OrderByDescending(f => f.Movement ?? int.MinValue),
            _ => rows.OrderBy(f => f.Rank ?? int.MaxValue).ThenByDescending(f => f.ValuePct ?? decimal.MinValue),
        }).ThenBy(f => f.Unit, UnitSelection.ViOrder).ToList();
    }

    public static string NormalSort(string? sort) => SortKeys.Any(k => k.Key == sort) ? sort! : "rank";
}
