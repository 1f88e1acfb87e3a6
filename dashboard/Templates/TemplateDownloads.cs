using System.Globalization;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Glossary;

namespace Analytics.Dashboard.Templates;

/// <summary>/mau-bang-ket-qua.xlsx?province=…&amp;year=…&amp;index=…: the results table template for a province and year,
/// listing the departments the data knows in that province (else every department of the glossary).</summary>
public static class TemplateDownloads
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapTemplateDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Links.TemplatePath, Template);
        return app;
    }

    private static IResult Template(HttpRequest request, DashboardQueries q, TimeProvider clock)
    {
        string? Get(string key) => request.Query[key].FirstOrDefault() is { Length: > 0 } v ? v : null;
        var province = Get(Links.Keys.Province) is { } p && Units.Provinces.Contains(p) ? p : "…";
        var year = int.TryParse(Get(Links.Keys.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100
            ? y : clock.GetLocalNow().Year - 1;
        var index = Get(Links.Keys.Index) is "PAR_INDEX" ? "PAR_INDEX" : "SIPAS";
        var known = q.UnitChoices().Where(c => c.Province == province && c.UnitKind == "department").Select(c => c.Unit);
        var units = known.Any() ? known : Units.All.Where(u => u.Kind == "department").Select(u => u.Canonical);
        var rows = units.Distinct().Order(StringComparer.Create(Vi.Culture, false)).Select(u => new TemplateRow(u)).ToList();
        return Results.File(ResultsTemplate.Write(province, year, index, rows), XlsxType, ResultsTemplate.FileName(province, year, index));
    }
}
