using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Components.Pages.UnitProfile;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Dashboard.Charts;

/// <summary>The charts a view shows for its filters: what the page embeds and what its download links serve.</summary>
public static class ChartCatalog
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The view's name in chart URLs: its page path without the slash ("don-vi").</summary>
    public static string ViewName(string pagePath) => pagePath.TrimStart('/');

    public static IReadOnlyList<NamedChart> For(string view, DashboardQueries q, Filters f, DateOnly date) =>
        ("/" + view) switch
        {
            Links.ProfilePath => ProfileView.Build(q, f, date).Charts,
            Links.UnitsPath => CompareUnitsView.Build(q, f, f.Compare).Charts(date),
            Links.ProvincesPath => CompareProvincesView.Build(q, f, f.Compare).Charts(date),
            Links.TrendsPath => TrendsView.Build(q, f).Charts(date),
            _ => [],
        };
}
