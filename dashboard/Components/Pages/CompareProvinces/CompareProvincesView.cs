using Analytics.Dashboard.Charts;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Read;

namespace Analytics.Dashboard.Components.Pages.CompareProvinces;

/// <summary>Provinces on an index and one department across provinces, for a URL's filters.</summary>
public sealed record CompareProvincesView(
    string Index, IReadOnlyList<Option> IndexOptions, IReadOnlyList<string> Departments, string? Department,
    int? Year, CompareProvincesModel Model, IReadOnlyList<string> Notes)
{
    public static CompareProvincesView Build(DashboardQueries q, Filters f, IReadOnlyList<string>? compare = null, string? filter = null)
    {
        var choices = q.UnitChoices();
        var sel = UnitSelection.Resolve(choices, f.Index, null, null, null);
        var departments = CompareProvincesModel.Departments(choices, sel.Index);
        var department = departments.Contains(f.Unit ?? "") ? f.Unit : departments.FirstOrDefault();
        var model = CompareProvincesModel.Load(q, sel.Index, department);
        var year = UnitSelection.PickYear(model.Years, f.Year);
        var notes = new[] { sel.Notes.FirstOrDefault(), UnitSelection.Note(f.Year, year?.ToString()), UnitSelection.Note(f.Unit, department) }
            .OfType<string>().ToList();
        var provinces = year is { } y ? model.Ranking(y).Select(r => r.Unit).ToList() : [];
        var picked = Picked.Resolve(compare, provinces, "tỉnh", $"{Vi.IndexShort(sel.Index)} năm {year}");
        return new(sel.Index, sel.IndexOptions, departments, department, year, model, notes)
        {
            Picked = picked, Sort = ProvinceRanking.NormalSort(f.Sort),
            Filter = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim(), Doubts = q.Doubts(),
        };
    }

    /// <summary>What else makes a figure doubtful (conflict, OCR, its source's remark), for the charts' marks.</summary>
    public Doubts Doubts { get; init; } = Doubts.None;

    /// <summary>The ranking's sort key (from <c>sort</c>: rank, name, movement, value) and name filter (<c>filter</c>).</summary>
    public string Sort { get; init; } = "rank";
    public string? Filter { get; init; }

    /// <summary>What the ranking's sort links carry on (all but the sort): the view, the choice, the filter.</summary>
    public IReadOnlyList<QueryPair> KeepForTable(string? province) =>
        [.. Keep(province), .. QueryPair.Of([.. Links.Compared(Picked.Chosen), (Links.Keys.Filter, Filter)])];

    /// <summary>The provinces chosen to be compared side by side (from <c>compare</c>).</summary>
    public Picked Picked { get; init; } = Picked.None;

    /// <summary>What the compare picker carries on besides its choice: the view as shown and the user's province.</summary>
    public IReadOnlyList<QueryPair> Keep(string? province) => QueryPair.Of((Links.Keys.Province, province),
        (Links.Keys.Unit, Department), (Links.Keys.Year, Year?.ToString()), (Links.Keys.Index, Index));

    /// <summary>What the compare picker carries on besides its choice (a List: an interactive component's parameters
    /// travel by type name, which a collection expression's hidden type has not).</summary>
    public IReadOnlyList<QueryPair> KeepForPicker(string? province) =>
        Keep(province).Concat(QueryPair.Of((Links.Keys.Sort, Sort == "rank" ? null : Sort), (Links.Keys.Filter, Filter))).ToList();

    public Filters Shown => Filters.Of(null, Department, Year, Index) with { Compare = Picked.Chosen };

    /// <summary>The ranks over the years, and the side-by-side chart once 2–6 provinces are chosen (<see cref="SideStem"/>).</summary>
    public IReadOnlyList<NamedChart> Charts(DateOnly date) =>
    [
        .. Year is { } y && Model.Ranking(y).Any(f => f.Rank is not null) ? [PageCharts.ProvinceRanks(Model, y, Index, date, Doubts)] : Array.Empty<NamedChart>(),
        .. Year is { } s && Picked.Ready ? [PageCharts.ProvincesSideBySide(Model, Picked.Chosen, s, Index, date, Doubts)] : Array.Empty<NamedChart>(),
    ];

    public const string SideStem = "so-sanh-tinh-canh-nhau";
}
