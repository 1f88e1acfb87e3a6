using System.Net;
using Analytics.Dashboard.Components.Pages.BeforePlanning;
using Analytics.Dashboard.Data;
using Analytics.Pipeline.Read;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Dashboard;

/// <summary>A task belongs to its plan's index, unit and plan year: the planning page shows a weak criterion only the
/// tasks of the same index and unit, from plans up to the one answering that year's results.</summary>
public sealed class PlanningTasksTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private const string ParPlan = "001_ad5c23cb879ea52c.txt";

    public static TheoryData<string, string, string, int, bool> Tasks => new()
    {
        { "same index, unit and plan year", "SIPAS", DashboardTestData.Sct, 2025, true },
        { "PAR INDEX task", "PAR_INDEX", DashboardTestData.Sct, 2025, false },
        { "another unit", "SIPAS", "Sở Tư pháp", 2025, false },
        { "an earlier plan", "SIPAS", DashboardTestData.Sct, 2023, true },
        { "a plan after the next one", "SIPAS", DashboardTestData.Sct, 2026, false },
    };

    [Theory]
    [MemberData(nameof(Tasks))]
    public void TaskFollowUps_TaskOfIndexUnitAndYear_ShownOnlyForItsOwn(string description, string index, string unit,
        int planYear, bool shown)
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
            con.Execute("INSERT INTO tasks (source_file, unit, province, plan_year, criteria, description, source_line, index_code) "
                + "VALUES ('t.txt', $1, 'Khánh Hòa', $2, ['feedback'], $3, 7, $4)", unit, planYear, description, index);
        using var q = new DashboardQueries(db, new QueryCache());
        var feedback = q.TaskFollowUps(DashboardTestData.KhanhHoa, 2024, "SIPAS").Where(t => t.Criterion == "feedback");
        Assert.Equal(shown, feedback.Any(t => t.Description == description));
    }

    [Fact]
    public void TaskFollowUps_SeedParPlan_NoneOfItsParIndexTasksUnderSipas()
    {
        using var con = seeds.Connect();
        var parLines = con.Query("SELECT source_line FROM tasks WHERE source_file LIKE '%' || $1 AND index_code = 'PAR_INDEX'",
            r => r.Int(0)!.Value, ParPlan);
        using var q = new DashboardQueries(seeds.Db, new QueryCache());
        var shown = q.TaskFollowUps(DashboardTestData.KhanhHoa, 2024, "SIPAS")
            .Where(t => t.Source!.File.EndsWith(ParPlan, StringComparison.Ordinal)).ToList();
        Assert.Equal(38, parLines.Count);
        Assert.DoesNotContain(shown, t => parLines.Contains(t.Source!.Line));
        // The one task its document puts under "VIII. CẢI THIỆN CHỈ SỐ HÀI LÒNG" (the satisfaction index) stays SIPAS.
        Assert.Equal([160], shown.Select(t => t.Source!.Line));
    }

    [Fact]
    public async Task BeforePlanning_SeedParPlan_NotListedUnderSipasOverall()
    {
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<BeforePlanning>(seeds.Db,
            "/truoc-ke-hoach?province=Kh%C3%A1nh%20H%C3%B2a&year=2024&index=SIPAS"));
        var unit = html[html.IndexOf("aria-label=\"Sở Công Thương\"", StringComparison.Ordinal)..];
        unit = unit[..unit.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Chỉ số chung:", unit);
        Assert.Equal(1, CountOf(unit, ParPlan + "&line="));
        Assert.Contains(ParPlan + "&line=160", unit);
    }

    [Fact]
    public async Task BeforePlanning_Seeds_FlagsReceptionUncoveredAndOffersAnotherUnitsTask()
    {
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<BeforePlanning>(seeds.Db,
            "/truoc-ke-hoach?province=Kh%C3%A1nh%20H%C3%B2a&year=2024&index=SIPAS"));
        Assert.Contains("1/6 tiêu chí yếu chưa có nhiệm vụ nào: Điều kiện đón tiếp.", html);
        Assert.Contains($"href=\"{Analytics.Dashboard.Web.Links.Draft("Khánh Hòa", "Sở Công Thương", 2025, "SIPAS")}\" download>"
            + "Tải dự thảo phụ lục kế hoạch năm 2025", html);
        var reception = html[html.IndexOf("<h3>Điều kiện đón tiếp:", StringComparison.Ordinal)..];
        reception = reception[..reception.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains("Kế hoạch năm 2025 chưa đặt nhiệm vụ nào cho tiêu chí này.", reception);
        Assert.Contains("Đơn vị khác trong tỉnh đã đặt nhiệm vụ cho tiêu chí này: 1 nhiệm vụ để tham khảo", reception);
        Assert.Contains("<td>Sở Kế hoạch và Đầu tư</td>", reception);
        Assert.Contains("003_6349143c1c6dfa22.txt&line=", reception);
        var access = html[html.IndexOf("<h3>Tiếp cận dịch vụ:", StringComparison.Ordinal)..];
        Assert.Contains("Kế hoạch năm 2025 đặt 3 nhiệm vụ cho tiêu chí này.", access[..access.IndexOf("</article>", StringComparison.Ordinal)]);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
