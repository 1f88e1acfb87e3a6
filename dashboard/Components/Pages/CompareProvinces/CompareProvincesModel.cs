using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.CompareProvinces;

/// <summary>
/// Provinces on the national index (every year, for the trend), the national average, and one department across
/// provinces: three queries.
/// </summary>
public sealed record CompareProvincesModel(
    IReadOnlyList<Figure> Provinces, IReadOnlyList<Figure> National, IReadOnlyList<Figure> Department)
{
    public const int TrendYears = 6;

    public static CompareProvincesModel Load(DashboardQueries q, string index, string? department) => new(
        q.Figures(new FigureFilter(UnitKind: "province", IndexCode: index, Criterion: "overall")),
        q.Figures(new FigureFilter(UnitKind: "national", IndexCode: index, Criterion: "overall")),
        department is null ? [] : q.Figures(new FigureFilter(Unit: department, UnitKind: "department", IndexCode: index)));

    public IReadOnlyList<int> Years => Provinces.Select(f => f.Year).Distinct().OrderDescending().ToList();

    /// <summary>The last few years up to the chosen one, oldest first (the trend columns).</summary>
    public IReadOnlyList<int> TrendWindow(int year) => Years.Where(y => y <= year).Take(TrendYears).Order().ToList();

    /// <summary>The provinces in a year by rank; a province without a published rank stands where its value puts it
    /// among the ranked ones (never below 63/63 for lack of a rank); only those with neither come last.</summary>
    public IReadOnlyList<Figure> Ranking(int year)
    {
        var inYear = Provinces.Where(f => f.Year == year).ToList();
        var ranked = inYear.Where(f => f.Rank is not null && f.ValuePct is not null).ToList();
        decimal Place(Figure f) => f.Rank ?? (f.ValuePct is { } v ? ranked.Count(r => r.ValuePct > v) + 0.5m : decimal.MaxValue);
        return inYear.OrderBy(Place).ThenByDescending(f => f.ValuePct ?? decimal.MinValue)
            .ThenBy(f => f.Unit, UnitSelection.ViOrder).ToList();
    }

    public Figure? Of(string unit, int year) => Provinces.FirstOrDefault(f => f.Unit == unit && f.Year == year);

    public Figure? NationalIn(int year) => National.FirstOrDefault(f => f.Year == year);

    public IReadOnlyList<string> DepartmentCriteria =>
        Department.Select(f => f.Criterion).Distinct().OrderBy(Vi.CriterionOrder).ToList();

    /// <summary>(province, year) pairs of the department's figures, latest year first.</summary>
    public IReadOnlyList<(string? Province, int Year)> DepartmentRows => Department
        .Select(f => (f.Province, f.Year)).Distinct()
        .OrderByDescending(r => r.Year).ThenBy(r => r.Province ?? "", UnitSelection.ViOrder).ToList();

    public Figure? DepartmentCell(string? province, int year, string criterion) =>
        Department.FirstOrDefault(f => f.Province == province && f.Year == year && f.Criterion == criterion);

    /// <summary>Department names, the ones found in most provinces first.</summary>
    public static IReadOnlyList<string> Departments(IReadOnlyList<UnitChoice> choices, string index) => choices
        .Where(c => c.UnitKind == "department" && c.IndexCode == index)
        .GroupBy(c => c.Unit)
        .OrderByDescending(g => g.Select(c => c.Province).Distinct().Count()).ThenBy(g => g.Key, UnitSelection.ViOrder)
        .Select(g => g.Key).ToList();
}
