using System.Net;
using Analytics.Dashboard.Components.Pages.BeforePlanning;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Data;
using Analytics.Pipeline.Read;

namespace Analytics.Tests.Dashboard;

public sealed class PlanningAndTrendsTests
{
    private static TaskFollowUp Task(int? year, decimal? before, decimal? after) =>
        new("Sở Công Thương", "Khánh Hòa", "access", year, "Công khai TTHC", "Văn phòng Sở", "Thường xuyên", before, after, null);

    public static TheoryData<TaskFollowUp, string> FollowUps => new()
    {
        { Task(2025, 85.67m, null), "Năm 2024: 85,67%; chưa có số liệu năm 2025." },
        { Task(2024, null, 85.67m), "Năm 2024: 85,67%; chưa có số liệu năm 2023 để so sánh." },
        { Task(2024, 86.93m, 88.40m), "86,93% (2023) → 88,4% (2024): tăng 1,47 điểm." },
        { Task(2024, 89.78m, 85.67m), "89,78% (2023) → 85,67% (2024): giảm 4,11 điểm." },
        { Task(2024, null, null), "Chưa có số liệu năm 2023 và năm 2024." },
        { Task(null, null, null), "Kế hoạch không ghi năm." },
    };

    [Theory]
    [MemberData(nameof(FollowUps))]
    public void Describe_TaskFollowUp_SaysWhetherTheCriterionMoved(TaskFollowUp task, string expected) =>
        Assert.Equal(expected, FollowUp.Describe(task));

    [Fact]
    public async Task BeforePlanning_WeakAccess_ListsEachPlansTasksAndFollowUp()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<BeforePlanning>(db,
            "/truoc-ke-hoach?province=Kh%C3%A1nh%20H%C3%B2a&year=2024"));
        var access = html[html.IndexOf("Tiếp cận dịch vụ:", StringComparison.Ordinal)..];
        access = access[..access.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains("Lý do: dưới mức 90%; tụt 4 bậc.", access);
        Assert.DoesNotContain("Kế hoạch năm 2024</strong>", access);            // its one task is a PAR INDEX task
        Assert.Contains("Kế hoạch năm 2025</strong>", access);
        Assert.Contains("Năm 2024: 85,67%; chưa có số liệu năm 2025.", access);
        Assert.Contains("<td>Văn phòng Sở chủ trì</td>", access);
        Assert.Contains("href=\"/nguon?file=seeds%2F000_3bc385bdad3b4eff.txt&line=11\"", access);
    }

    [Fact]
    public async Task Trends_ProvinceOverTwoYears_ShowsChangeAndRankMovement()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Trends>(db, "/xu-huong?province=Gia%20Lai&unit=Gia%20Lai"));
        Assert.Contains(">82,52%</a>", html);
        Assert.Contains(">83,84%</a>", html);
        Assert.Contains("+1,32 điểm", html);
        Assert.Contains("giảm 3 bậc", html);                                  // 16/63 → 19/63
        Assert.DoesNotContain("chưa đủ để thấy xu hướng", html);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 2)] // the 2023 point, hollow, and the legend's sample of a derived value
    public async Task Trends_DerivedValue_MarkedInTheChart(bool derived2023, int hollowPoints)
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
            con.Execute("UPDATE trends SET value_is_derived = $1 WHERE unit = 'Gia Lai' AND year = 2023", derived2023);
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Trends>(db, "/xu-huong?province=Gia%20Lai&unit=Gia%20Lai"));
        Assert.Equal(hollowPoints, System.Text.RegularExpressions.Regex.Count(html, "<ellipse fill=\"none\""));
        Assert.Equal(derived2023, html.Contains(Analytics.Pipeline.Export.Charts.Derived.ValueNote));
    }

    [Fact]
    public async Task Trends_UnitWithOneYear_SaysTrendNeedsMoreYears()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Trends>(db,
            "/xu-huong?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng"));
        Assert.Contains("Mới có số liệu năm 2024; chưa đủ để thấy xu hướng.", html);
    }
}
