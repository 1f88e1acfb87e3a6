using System.Net;
using Analytics.Dashboard.Components.Pages.UnitProfile;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Dashboard;

/// <summary>Doubtful figures are marked in the tables too (the unit's criteria table and headline): * derived,
/// ≠ documents disagree, ? read by OCR with a low confidence, ~ the source's own remark on its row casts doubt on it.</summary>
public sealed class DoubtMarksTests
{
    private const string Profile = "/don-vi?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024";

    public static TheoryData<string, string, string> Cases => new()
    {
        // setup, the criterion row, the mark expected in it
        { "UPDATE trends SET value_is_derived = true WHERE unit = 'Sở Công Thương' AND year = 2024 AND criterion = 'access'", "Tiếp cận dịch vụ", "data-doubt=\"derived\"" },
        { "UPDATE rank_movements SET rank_is_derived = true WHERE unit = 'Sở Công Thương' AND year = 2024 AND criterion = 'feedback'", "Tiếp nhận", "data-doubt=\"derived\" title=\"Thứ hạng suy ra" },
        { "UPDATE observations SET ocr_confidence = 61.5 WHERE source_line = 19 AND source_file = 'seeds/002_cafea9ff515821b6.txt'", "Tiếp cận dịch vụ", "title=\"Đọc bằng nhận dạng chữ (OCR), độ tin cậy 61,5%: thấp" },
        { "UPDATE observations SET source_note = 'value rounded to integer by source' WHERE source_line = 19 AND source_file = 'seeds/002_cafea9ff515821b6.txt'", "Tiếp cận dịch vụ", "data-doubt=\"source\" title=\"Chính nguồn ghi chú: giá trị đã được làm tròn\"" },
        { "UPDATE observations SET source_note = 'Tạm tính' WHERE source_line = 19 AND source_file = 'seeds/002_cafea9ff515821b6.txt'", "Tiếp cận dịch vụ", "title=\"Chính nguồn ghi chú: số liệu tạm tính\"" },
        { "UPDATE observations SET source_note = 'rank from listed order' WHERE source_line = 19 AND source_file = 'seeds/002_cafea9ff515821b6.txt'", "Tiếp cận dịch vụ", "title=\"Chính nguồn ghi chú: thứ hạng suy từ thứ tự liệt kê trong nguồn, không phải thứ hạng công bố\"" },
        { "INSERT INTO conflicts (unit, province, year, index_code, criterion) VALUES ('Sở Công Thương', 'Khánh Hòa', 2024, 'SIPAS', 'access')", "Tiếp cận dịch vụ", "data-doubt=\"conflict\"" },
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task CriteriaTable_MarksTheDoubtfulFigure_AndNoOther(string setup, string row, string mark)
    {
        using var db = DashboardTestData.Create();
        using var plain = DashboardTestData.Create();
        using (var con = db.Connect()) con.Execute(setup);
        var html = Row(await Render(db), row);
        Assert.Contains(mark, html);
        Assert.DoesNotContain("data-doubt", Row(await Render(plain), row));
    }

    [Theory]
    [InlineData("points/100")]
    [InlineData("Không làm tròn")]
    public async Task CriteriaTable_ARemarkThatCastsNoDoubtOnTheValue_MarksNothing(string note)
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
            con.Execute("UPDATE observations SET source_note = $1 WHERE source_line = 19 AND source_file = 'seeds/002_cafea9ff515821b6.txt'", note);
        Assert.DoesNotContain("data-doubt=\"source\"", Row(await Render(db), "Tiếp cận dịch vụ"));
    }

    [Fact]
    public async Task WeakList_AValueItsSourceRemarksOn_IsMarkedThere()
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
            con.Execute("UPDATE observations SET source_note = 'Tạm tính' WHERE source_line = 19 AND source_file = 'seeds/002_cafea9ff515821b6.txt'");
        var html = await Render(db);
        var at = html.IndexOf("<ol class=\"weak\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "no weak list");
        var access = html.IndexOf("Tiếp cận dịch vụ", at, StringComparison.Ordinal);
        var item = html[access..html.IndexOf("</li>", access, StringComparison.Ordinal)];
        Assert.Contains("data-doubt=\"source\" title=\"Chính nguồn ghi chú: số liệu tạm tính\"", item);
    }

    /// <summary>The trends page's charts carry the marks its tables have: Gia Lai's 2023 index, with the remark "Tạm tính"
    /// on its source line (data/sipas_provinces.csv:39), is written "~" beside its point, and the chart's legend and
    /// description say why.</summary>
    [Fact]
    public async Task TrendChart_AValueItsSourceRemarksOn_IsMarkedInTheChart()
    {
        using var db = DashboardTestData.Create();
        using var plain = DashboardTestData.Create();
        using (var con = db.Connect())
            con.Execute("UPDATE observations SET source_note = 'Tạm tính' WHERE source_line = 39 AND source_file = 'data/sipas_provinces.csv'");
        const string Trends = "/xu-huong?province=Gia%20Lai&unit=Gia%20Lai";
        static async Task<string> Chart(DuckDb d)
        {
            var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Analytics.Dashboard.Components.Pages.Trends.Trends>(d, Trends));
            var at = html.IndexOf("<svg", StringComparison.Ordinal);
            Assert.True(at >= 0, "no chart");
            return html[at..(html.IndexOf("</svg>", at, StringComparison.Ordinal) + 6)];
        }
        var marked = await Chart(db);
        Assert.Matches(@">\s*~\s*</text>", marked);                                         // beside the 2023 point
        Assert.Contains("~ Chính nguồn ghi chú số này chưa chắc chắn", marked);                // its legend line
        Assert.Contains("Chỉ số chung: 2022 82,52%, 2023 83,84% (chính nguồn ghi chú số này chưa chắc chắn).", marked);
        Assert.DoesNotContain("chưa chắc chắn", await Chart(plain));
    }

    private static async Task<string> Render(DuckDb db) => WebUtility.HtmlDecode(await PageRenderer.RenderAsync<UnitProfile>(db, Profile));

    /// <summary>The criteria table's row headed by <paramref name="name"/>.</summary>
    private static string Row(string html, string name)
    {
        var at = html.IndexOf($"<th scope=\"row\">{name}", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no row {name}");
        return html[at..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
