using System.Text;
using Analytics.Dashboard.Data;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Dashboard.Web;

/// <summary>/du-thao-ke-hoach?province=…&amp;unit=…&amp;year=PLAN_YEAR&amp;index=…: the draft of a unit's plan appendix as .docx.</summary>
public static class PlanDownloads
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapPlanDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(Links.DraftPath, Draft);
        return app;
    }

    private static IResult Draft(HttpRequest request, DashboardQueries q)
    {
        var query = request.Query;
        string? Get(string key) => query[key].FirstOrDefault() is { Length: > 0 } v ? v : null;
        var index = Get(Links.Keys.Index) is "PAR_INDEX" ? "PAR_INDEX" : "SIPAS";
        if (Get(Links.Keys.Unit) is not { } unit || !int.TryParse(Get(Links.Keys.Year), out var planYear))
            return NotFound("Cần chọn đơn vị và năm kế hoạch.");
        if (q.PlanDraft(unit, Get(Links.Keys.Province), planYear, index) is not { } draft)
            return NotFound($"Chưa có số liệu năm {planYear - 1} của đơn vị này.");
        return Results.File(DocxPlanDraft.Write(draft), DocxType, DraftPlanCommand.FileName(draft));
    }

    private static IResult NotFound(string message) =>
        Results.Text(message, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
}
