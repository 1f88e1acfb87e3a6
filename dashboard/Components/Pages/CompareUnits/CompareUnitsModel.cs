using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.CompareUnits;

/// <summary>The departments of a province in a year: every figure (one query) and the peers' averages (one query).</summary>
public sealed record CompareUnitsModel(IReadOnlyList<Figure> Figures, IReadOnlyList<PeerAverage> Averages)
{
    public const string Kind = "department", AverageKind = "department_average";

    /// <summary>Averages a document states (the block of departments), by criterion: drawn as the official average.</summary>
    public IReadOnlyList<Figure> Official { get; init; } = [];

    /// <summary>A computed average is shown only over this many units or more.</summary>
    public const int MinAverageN = 3;

    /// <summary>Sort keys of the rank table (the `sort` query parameter) and their column titles.</summary>
    public static readonly IReadOnlyList<(string Key, string Title)> SortKeys =
        [("rank", "Xếp hạng"), ("name", "Đơn vị"), ("value", "Tỉ lệ hài lòng"), ("change", "So với năm trước"), ("movement", "Biến động hạng")];

    public static CompareUnitsModel Load(DashboardQueries q, UnitSelection s, int year) => new(
        q.Figures(new FigureFilter(s.Province, UnitKind: Kind, Year: year, IndexCode: s.Index)),
        q.PeerAverages("province_departments", s.Province ?? "", year, s.Index))
    {
        Official = q.Figures(new FigureFilter(s.Province, UnitKind: AverageKind, Year: year, IndexCode: s.Index)),
    };

    /// <summary>How many departments the province ranked that year, from the largest rank total stated; null when no
    /// rank gives it.</summary>
    public int? Expected => Figures.Select(f => f.RankOf).Max();

    /// <summary>The departments with a figure, against those ranked: incomplete when fewer, or unknown and under 3.</summary>
    public bool Incomplete => Expected is { } n ? Units.Count < n : Units.Count < MinAverageN;

    public Figure? OfficialAverage(string criterion) => Official.FirstOrDefault(f => f.Criterion == criterion && f.ValuePct is not null);

    /// <summary>The computed average of the units with a figure, only over <see cref="MinAverageN"/> units or more.</summary>
    public PeerAverage? ComputedAverage(string criterion) =>
        Average(criterion) is { PeerCount: >= MinAverageN } a ? a : null;

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
