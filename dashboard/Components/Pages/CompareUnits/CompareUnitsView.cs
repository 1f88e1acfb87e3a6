using Analytics.Dashboard.Charts;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Dashboard.Components.Pages.CompareUnits;

/// <summary>The departments of a province in a year, for a URL's filters (resolved, with notes on what is missing).</summary>
public sealed record CompareUnitsView(
    UnitSelection Sel, IReadOnlyList<int> Years, int? Year, CompareUnitsModel? Model, string Criterion, string Sort,
    IReadOnlyList<string> Notes)
{
    public static CompareUnitsView Build(DashboardQueries q, Filters f)
    {
        var choices = q.UnitChoices();
        var sel = UnitSelection.Resolve(choices, f.Index, f.Province, null, null, CompareUnitsModel.Kind);
        var years = UnitSelection.ProvinceYears(choices, sel, CompareUnitsModel.Kind);
        var year = UnitSelection.PickYear(years, f.Year);
        var model = year is { } y ? CompareUnitsModel.Load(q, sel, y) : null;
        var criteria = model?.Criteria ?? [];
        var criterion = criteria.Contains(f.Criterion ?? "") ? f.Criterion! : criteria.FirstOrDefault() ?? "overall";
        var notes = sel.Notes.Append(UnitSelection.Note(f.Year, year?.ToString())).OfType<string>().ToList();
        return new(sel, years, year, model, criterion, CompareUnitsModel.NormalSort(f.Sort), notes);
    }

    public bool IsEmpty => Model is null || Model.Figures.Count == 0;

    public Filters Shown => Filters.Of(Sel.Province, null, Year, Sel.Index, Criterion, Sort);

    /// <summary>The selection the menu carries on (the unit of the URL is kept for the other pages).</summary>
    public Filters Carry(string? unit) => Filters.Of(Sel.Province, unit, Year, Sel.Index);

    /// <summary>"Chưa có số liệu SIPAS 2024 của các sở tỉnh Khánh Hòa: 1/18 sở", or null when the year is complete.</summary>
    public string? Coverage => Model is null || !Model.Incomplete ? null
        : $"Chưa có số liệu {Vi.IndexShort(Sel.Index)} {Year} của các sở tỉnh {Sel.Province}: "
          + (Model.Expected is { } n ? $"{Model.Units.Count}/{n} sở." : $"mới có {Model.Units.Count} sở, chưa rõ tỉnh đánh giá bao nhiêu sở.")
          + " Bảng dưới đây chỉ gồm những sở đã có số liệu.";

    public IReadOnlyList<NamedChart> Charts(DateOnly date) =>
        IsEmpty ? [] : [PageCharts.Heatmap(Model!, Sel.Province, Year!.Value, Sel.Index, date)];
}
