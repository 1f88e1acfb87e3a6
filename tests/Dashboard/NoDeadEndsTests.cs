using System.Net;
using System.Text.RegularExpressions;
using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Components.Pages.UnitProfile;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Dashboard;

/// <summary>No dead ends and no silent switches, on the default data (seeds/ and data/): a unit named in the URL stays
/// that unit, a selection without data says what is missing and how to fill it, the menu keeps the selection.</summary>
public sealed class NoDeadEndsTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private const string GiaLaiSct = "/don-vi?province=Gia%20Lai&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng";

    private async Task<string> Render<T>(string url) where T : Microsoft.AspNetCore.Components.IComponent =>
        WebUtility.HtmlDecode(await PageRenderer.RenderAsync<T>(seeds.Db, url));

    [Fact]
    public async Task Profile_GiaLaiSctWithOnlyAPlan_ShowsItsPlanAndTasksNotTheProvince()
    {
        var html = await Render<UnitProfile>(GiaLaiSct);
        Assert.Contains("Sở Công Thương <span>· Gia Lai · năm 2024", html);
        Assert.Contains("Sở Công Thương (Gia Lai) chưa có số liệu SIPAS của chính đơn vị", html);
        Assert.Contains("Kế hoạch của Sở Công Thương (Gia Lai) năm 2024", html);
        Assert.Matches(@">Gia Lai năm 2023</a>:\s*7 số liệu", html);                 // whose figures its plan quotes
        Assert.Contains("<caption>7 nhiệm vụ</caption>", html);                        // its SIPAS tasks of 2024
        Assert.DoesNotContain("đang hiển thị Gia Lai", html);
        Assert.DoesNotContain("Chỉ số chung", html);                                  // no headline of another unit
        Assert.Contains("Sở Công Thương (chỉ có kế hoạch)", html);                     // listed in the unit choice
    }

    [Fact]
    public async Task Profile_UnknownUnit_SaysSoWithLinksInsteadOfAnotherUnit()
    {
        var html = await Render<UnitProfile>("/don-vi?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20Y%20t%E1%BA%BF");
        Assert.Contains("Chưa có số liệu hay kế hoạch nào của “Sở Y tế” tại Khánh Hòa", html);
        Assert.Contains("href=\"/tai-len?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20Y%20t%E1%BA%BF", html);
        Assert.Contains("href=\"/mau-bang-ket-qua.xlsx?province=Kh%C3%A1nh%20H%C3%B2a", html);
        Assert.DoesNotContain("<h2 class=\"subject\">", html);
    }

    [Fact]
    public async Task CompareUnits_KhanhHoa2024_SaysOneOfEighteenAndDrawsNoAverage()
    {
        var html = await Render<CompareUnits>("/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2024");
        Assert.Contains("Chưa có số liệu SIPAS 2024 của các sở tỉnh Khánh Hòa: 1/18 sở.", html);
        Assert.Contains("không tính trung bình khi chỉ có 1 đơn vị có số liệu", html);
        Assert.DoesNotContain("(1 đơn vị)", html);
        Assert.Contains("href=\"/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2025", html);   // a year with more
    }

    [Fact]
    public async Task CompareUnits_KhanhHoa2025_ShowsTheOfficialBlockAverage()
    {
        var html = await Render<CompareUnits>("/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2025");
        Assert.Matches(@"trung bình khối sở \(công bố\): <a [^>]*>89,08%</a>", html);
    }

    public static TheoryData<string, string> MenuCases => new()
    {
        { "/", "province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024&index=SIPAS" },
        { GiaLaiSct, "province=Gia%20Lai&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024&index=SIPAS" },
    };

    [Theory]
    [MemberData(nameof(MenuCases))]
    public async Task Menu_EveryLink_CarriesTheShownSelection(string url, string query)
    {
        var html = await PageRenderer.RenderInLayoutAsync<UnitProfile>(seeds.Db, url);
        var nav = html[html.IndexOf("<nav aria-label=\"Các trang\"", StringComparison.Ordinal)..];
        nav = nav[..nav.IndexOf("</nav>", StringComparison.Ordinal)];
        var links = Regex.Matches(nav, "href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(7, links.Count);
        Assert.All(links, l => Assert.EndsWith("?" + query, l));
    }

    [Fact]
    public async Task CompareUnits_MenuKeepsTheUnitOfTheUrl()
    {
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderInLayoutAsync<CompareUnits>(seeds.Db,
            "/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024&index=SIPAS"));
        Assert.Contains("href=\"/don-vi?province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024&index=SIPAS\"", html);
        Assert.Matches("<tr [^>]*class=\"mine\"[^>]*>.*?<th scope=\"row\" class=\"name\"><a [^>]*aria-current=\"true\">Sở Công Thương</a>",
            html);                                                                    // the user's own unit in the ranking
    }

    [Fact]
    public async Task Profile_ParIndex_HasItsOwnLabelsAndNoNinetyJudgement()
    {
        var html = await Render<UnitProfile>("/don-vi?province=Gia%20Lai&unit=Gia%20Lai&index=PAR_INDEX");
        Assert.Contains("PAR INDEX (Chỉ số cải cách hành chính)", html);
        Assert.DoesNotContain("90%", html[html.IndexOf("<h2 class=\"subject\">", StringComparison.Ordinal)..html.IndexOf("Biểu đồ cho báo cáo", StringComparison.Ordinal)]);
        Assert.DoesNotContain("Tỉ lệ hài lòng", html);
    }

    [Fact]
    public void ProvinceRanking_UnrankedProvince_StandsByItsValueNotBelowTheLast()
    {
        var f = (string unit, int? rank, decimal? value) => new Analytics.Pipeline.Read.Figure(unit, "province", unit, "SIPAS",
            "overall", 2024, value, null, null, rank, 63, null, null, null, null, null);
        var model = new CompareProvincesModel([f("A", 1, 90m), f("B", 2, 85m), f("C", null, 87m), f("D", 63, 70m), f("E", null, null)], [], []);
        Assert.Equal(["A", "C", "B", "D", "E"], model.Ranking(2024).Select(x => x.Unit));
    }

    [Fact]
    public async Task Trends_UnknownUnit_OffersUploadAndTemplate()
    {
        var html = await Render<Trends>("/xu-huong?province=Gia%20Lai&unit=S%E1%BB%9F%20Y%20t%E1%BA%BF");
        Assert.Contains("Chưa có số liệu SIPAS của Sở Y tế (Gia Lai) qua các năm.", html);
        Assert.Contains("tải mẫu bảng kết quả của Sở Nội vụ (XLSX)", html);
    }
}
