using System.Net;
using Analytics.Dashboard.Components.Pages.BeforePlanning;
using Analytics.Dashboard.Data;
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
        Assert.Contains("Chỉ số chung:", html);
        Assert.Equal(1, CountOf(html, ParPlan + "&line="));
        Assert.Contains(ParPlan + "&line=160", html);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
