using Analytics.Dashboard.Charts;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Dashboard.Components.Pages.CompareProvinces;

/// <summary>Provinces on an index and one department across provinces, for a URL's filters.</summary>
public sealed record CompareProvincesView(
    string Index, IReadOnlyList<Option> IndexOptions, IReadOnlyList<string> Departments, string? Department,
    int? Year, CompareProvincesModel Model, IReadOnlyList<string> Notes)
{
    public static CompareProvincesView Build(DashboardQueries q, Filters f)
    {
        var choices = q.UnitChoices();
        var sel = UnitSelection.Resolve(choices, f.Index, null, null, null);
        var departments = CompareProvincesModel.Departments(choices, sel.Index);
        var department = departments.Contains(f.Unit ?? "") ? f.Unit : departments.FirstOrDefault();
        var model = CompareProvincesModel.Load(q, sel.Index, department);
        var year = UnitSelection.PickYear(model.Years, f.Year);
        var notes = new[] { sel.Notes.FirstOrDefault(), UnitSelection.Note(f.Year, year?.ToString()), UnitSelection.Note(f.Unit, department) }
            .OfType<string>().ToList();
        return new(sel.Index, sel.IndexOptions, departments, department, year, model, notes);
    }

    public Filters Shown => Filters.Of(null, Department, Year, Index);

    public IReadOnlyList<NamedChart> Charts(DateOnly date) =>
        Year is { } y && Model.Ranking(y).Any(f => f.Rank is not null) ? [PageCharts.ProvinceRanks(Model, y, Index, date)] : [];
}
