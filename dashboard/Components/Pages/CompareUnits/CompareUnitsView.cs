using Analytics.Dashboard.Charts;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Read;

namespace Analytics.Dashboard.Components.Pages.CompareUnits;

/// <summary>The departments of a province in a year, for a URL's filters (resolved, with notes on what is missing).</summary>
public sealed record CompareUnitsView(
    UnitSelection Sel, IReadOnlyList<int> Years, int? Year, CompareUnitsModel? Model, string Criterion, string Sort,
    IReadOnlyList<string> Notes)
{
    public static CompareUnitsView Build(DashboardQueries q, Filters f, IReadOnlyList<string>? compare = null, string? filter = null)
    {
        var choices = q.UnitChoices();
        var sel = UnitSelection.Resolve(choices, f.Index, f.Province, null, null, CompareUnitsModel.Kind);
        var years = UnitSelection.ProvinceYears(choices, sel, CompareUnitsModel.Kind);
        var year = UnitSelection.PickYear(years, f.Year);
        var model = year is { } y ? CompareUnitsModel.Load(q, sel, y) : null;
        var criteria = model?.Criteria ?? [];
        var criterion = criteria.Contains(f.Criterion ?? "") ? f.Criterion! : criteria.FirstOrDefault() ?? "overall";
        var notes = sel.Notes.Append(UnitSelection.Note(f.Year, year?.ToString())).OfType<string>().ToList();
        var picked = Picked.Resolve(compare, model?.Units ?? [], "sở", $"{Vi.IndexShort(sel.Index)} năm {year}");
        return new(sel, years, year, model, criterion, CompareUnitsModel.NormalSort(f.Sort), notes)
        {
            Picked = picked, Filter = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim(),
            Conflicts = model is null ? Conflict.None : Conflict.Of(q.ConflictSides()),
            Doubts = model is null ? Doubts.None : q.Doubts(),
        };
    }

    /// <summary>The rank table's name filter (from <c>filter</c>).</summary>
    public string? Filter { get; init; }

    /// <summary>Figures documents disagree on (marked ≠ in the tables).</summary>
    public Conflict Conflicts { get; init; } = Conflict.None;

    /// <summary>What else makes a figure doubtful (conflict, OCR, its source's remark), for the charts' marks.</summary>
    public Doubts Doubts { get; init; } = Doubts.None;

    /// <summary>The rank table's rows for the chosen criterion (the grid sorts and filters them).</summary>
    public IReadOnlyList<GridRow> RankRows => Model is null ? []
        : GridRow.Of(Model.Ranking(Criterion, "rank"), Conflicts.Has);

    /// <summary>The departments chosen to be compared side by side (from <c>compare</c>).</summary>
    public Picked Picked { get; init; } = Picked.None;

    /// <summary>What the compare picker carries on besides its choice: the view as shown.</summary>
    public IReadOnlyList<QueryPair> Keep(string? unit) => QueryPair.Of((Links.Keys.Province, Sel.Province),
        (Links.Keys.Year, Year?.ToString()), (Links.Keys.Index, Sel.Index), (Links.Keys.Criterion, Criterion),
        (Links.Keys.Sort, Sort), (Links.Keys.Unit, unit), (Links.Keys.Filter, Filter));

    /// <summary>What the rank table's filter carries on: the view, the side-by-side choice included.</summary>
    public IReadOnlyList<QueryPair> KeepForFilter(string? unit) =>
        [.. Keep(unit).Where(p => p.Key != Links.Keys.Filter), .. QueryPair.Of([.. Links.Compared(Picked.Chosen)])];

    public bool IsEmpty => Model is null || Model.Figures.Count == 0;

    public Filters Shown => Filters.Of(Sel.Province, null, Year, Sel.Index, Criterion, Sort) with { Compare = Picked.Chosen };

    /// <summary>The selection the menu carries on (the unit of the URL is kept for the other pages).</summary>
    public Filters Carry(string? unit) => Filters.Of(Sel.Province, unit, Year, Sel.Index);

    /// <summary>"Chưa có số liệu SIPAS 2024 của các sở tỉnh Khánh Hòa: 1/18 sở", or null when the year is complete.</summary>
    public string? Coverage => Model is null || !Model.Incomplete ? null
        : $"Chưa có số liệu {Vi.IndexShort(Sel.Index)} {Year} của các sở tỉnh {Sel.Province}: "
          + (Model.Expected is { } n ? $"{Model.Units.Count}/{n} sở." : $"mới có {Model.Units.Count} sở, chưa rõ tỉnh đánh giá bao nhiêu sở.")
          + " Bảng dưới đây chỉ gồm những sở đã có số liệu.";

    /// <summary>The heatmap, and the side-by-side chart once 2–6 departments are chosen (its stem: <see cref="SideStem"/>).</summary>
    public IReadOnlyList<NamedChart> Charts(DateOnly date) =>
        IsEmpty ? [] : Picked.Ready
            ? [PageCharts.Heatmap(Model!, Sel.Province, Year!.Value, Sel.Index, date, Doubts),
               PageCharts.SideBySide(Model!, Picked.Chosen, Sel.Province, Year!.Value, Sel.Index, date, Doubts)]
            : [PageCharts.Heatmap(Model!, Sel.Province, Year!.Value, Sel.Index, date, Doubts)];

    public const string SideStem = "so-sanh-canh-nhau";
}
