using System.Net;
using Analytics.Dashboard.Components.Pages.UnitProfile;

namespace Analytics.Tests.Dashboard;

public sealed class UnitProfileTests
{
    private const string Golden = "/don-vi?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024";

    public static TheoryData<string> GoldenFragments => new()
    {
        ">88,4%</a>",                 // overall value
        ">85,67%</a>",                // access
        "giảm 4 bậc",                 // access rank movement
        "tăng 5 bậc",                 // feedback
        ">7/18</a>",                  // overall rank
        ">+1,47 điểm</a>",            // change from 2023
        "Năm 2023: 86,93%",           // the previous year's value
        ">87%</a>",                   // the target set by the province
        "Đã đạt mục tiêu",            // 88,4 ≥ 87
        "Dưới mức 90%, còn thiếu 1,6 điểm",
        "href=\"/nguon?file=seeds%2F002_cafea9ff515821b6.txt&line=19\"",
    };

    [Theory]
    [MemberData(nameof(GoldenFragments))]
    public async Task Render_GoldenUnit_ShowsFigureLinkedToSource(string fragment)
    {
        using var db = DashboardTestData.Create();
        var html = await PageRenderer.RenderAsync<UnitProfile>(db, Golden);
        Assert.Contains(fragment, WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task Render_GoldenUnit_ListsWeakCriteriaMostSevereFirst()
    {
        using var db = DashboardTestData.Create();
        var html = await PageRenderer.RenderAsync<UnitProfile>(db, Golden);
        var weak = html[html.IndexOf("id=\"weak-h\"", StringComparison.Ordinal)..html.IndexOf("id=\"crit-h\"", StringComparison.Ordinal)];
        // severity (test data): access 4,33 + 4 places, civil servants 0,22 + 3, results 3 places, feedback 2,61, reception 1,43
        var order = new[] { "Tiếp cận dịch vụ", "Sự phục vụ của công chức", "Kết quả giải quyết công việc", "Tiếp nhận và xử lý phản ánh kiến nghị", "Điều kiện đón tiếp" }
            .Select(name => weak.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public async Task Render_YearWithoutFigures_SaysWhatIsMissing()
    {
        using var db = DashboardTestData.Create();
        var html = await PageRenderer.RenderAsync<UnitProfile>(db, "/don-vi?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh");
        Assert.Contains("Chưa có số liệu năm 2024 để so sánh.", html);   // Sở Tài chính: 2025 only
        Assert.Contains(">84,91%</a>", html);
        Assert.DoesNotContain(">0%</a>", html);   // no missing value shown as a linked zero
    }

    [Fact]
    public async Task Render_HostileQuery_FallsBackToDefaults()
    {
        using var db = DashboardTestData.Create();
        var html = await PageRenderer.RenderAsync<UnitProfile>(db, "/don-vi?year=abc&unit=%3Cscript%3E&province=x");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<h1>Hồ sơ đơn vị</h1>", html);
    }
}
