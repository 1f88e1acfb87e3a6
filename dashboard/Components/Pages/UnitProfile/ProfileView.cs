using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Dashboard.Components.Pages.UnitProfile;

/// <summary>The unit profile for a URL's filters: the resolved selection, the figures and the chart module's unit charts;
/// for a unit with only a plan that year, its plan.</summary>
public sealed record ProfileView(UnitSelection Sel, ProfileModel? Model, UnitExport? Export, UnitPlan? Plan)
{
    public static ProfileView Build(DashboardQueries q, Filters f, DateOnly date)
    {
        var sel = UnitSelection.Resolve(q.UnitChoices(), f.Index, f.Province, f.Unit, f.Year);
        if (sel.IsEmpty) return new(sel, null, null, null);
        if (!sel.HasFigures) return new(sel, null, null, UnitPlan.Load(q, sel));
        var model = ProfileModel.Load(q, sel);
        var export = model.IsEmpty ? null
            : q.UnitExport(new ExportRequest(sel.Unit!, sel.Province!, sel.Year!.Value, sel.Index), date);
        return new(sel, model, export, null);
    }

    public IReadOnlyList<NamedChart> Charts => Export?.Charts ?? [];

    /// <summary>The filters as resolved (what is shown), for download links and the menu.</summary>
    public Filters Shown => Filters.Of(Sel.Province, Sel.Unit, Sel.Year, Sel.Index);
}
