using System.Text;
using Analytics.Dashboard.Charts;
using Analytics.Dashboard.Components.Pages.UnitProfile;
using Analytics.Dashboard.Data;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;

namespace Analytics.Dashboard.Web;

/// <summary>
/// Downloads: /bieu-do/{view}/{chart}.svg|png with the view's own query (the chart the page shows), and
/// /goi-bao-cao with a unit's query (its whole annual-report pack as a ZIP). Both are kept by the output cache like pages;
/// PNGs and packs (rsvg-convert, DOCX, XLSX) are made at most <see cref="MaxRenders"/> at a time, a request waiting
/// longer than <see cref="RenderWait"/> gets a 503 in Vietnamese.
/// </summary>
public static class ChartDownloads
{
    public const int MaxRenders = 2;
    public static readonly TimeSpan RenderWait = TimeSpan.FromSeconds(20);
    private static readonly RenderGate Renders = new(MaxRenders, RenderWait);

    public static IEndpointRouteBuilder MapChartDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Links.ChartPath + "/{view}/{stem}.{format}", Chart).CacheOutput(DashboardServices.PagesPolicy);
        app.MapGet(Links.PackPath, Pack).CacheOutput(DashboardServices.PagesPolicy);
        return app;
    }

    private static async Task<IResult> Chart(string view, string stem, string format, HttpRequest request, DashboardQueries q)
    {
        var chart = ChartCatalog.For(view, q, Filters.From(request.Query), ChartCatalog.Today).FirstOrDefault(c => c.Stem == stem) is { } found
            ? found with { Chart = found.Chart.Marked(q.Kind.Mark) } : null;
        return (chart, format) switch
        {
            (null, _) => NotFound("Không có biểu đồ này cho các bộ lọc đã chọn."),
            (_, "svg") => Results.File(Encoding.UTF8.GetBytes(ChartSvg.Render(chart.Chart)), "image/svg+xml", FileName(chart) + ".svg"),
            (_, "png") => await Renders.Run(() => Results.File(ChartPng.Render(chart.Chart), "image/png", FileName(chart) + ".png"), request.HttpContext.RequestAborted),
            _ => NotFound("Chỉ có định dạng SVG và PNG."),
        };
    }

    private static async Task<IResult> Pack(HttpRequest request, DashboardQueries q)
    {
        var view = ProfileView.Build(q, Filters.From(request.Query), ChartCatalog.Today);
        if (view.Export is not { } export) return NotFound("Chưa có số liệu của đơn vị này trong năm đã chọn.");
        var name = $"{export.FilePrefix}-bao-cao.zip";
        return await Renders.Run(() => Results.File(ExportPack.Zip(ExportPack.Build(export)), "application/zip", name), request.HttpContext.RequestAborted);
    }

    /// <summary>The downloaded file's name: unit, province, year and index before the chart's stem.</summary>
    private static string FileName(NamedChart chart) => ExportNames.Chart(chart.Chart.Header, chart.Stem);

    private static IResult NotFound(string message) =>
        Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
}
