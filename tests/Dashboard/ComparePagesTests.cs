using System.Net;
using System.Text.RegularExpressions;
using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;

namespace Analytics.Tests.Dashboard;

/// <summary>The two comparison pages, rendered with HtmlRenderer on the test tables.</summary>
public sealed class ComparePagesTests
{
    private const string KhanhHoa2025 = "/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2025";

    private static List<string> RankTableUnits(string html)
    {
        var table = html[html.IndexOf("id=\"rank-h\"", StringComparison.Ordinal)..];
        return Regex.Matches(table, "<th scope=\"row\" class=\"name\"><a [^>]*>([^<]+)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    /// <summary>Each rank table has its caption (the one the old aria-labelledby pointed at) as its first child, column
    /// headers, and in every row one row header: the unit's name (sorting and filtering through the URL unchanged).</summary>
    [Theory]
    [InlineData(KhanhHoa2025, "rank-cap", new[] { "Sở Tư pháp", "Sở Tài chính" }, "Sắp xếp theo: Xếp hạng")]
    [InlineData(KhanhHoa2025 + "&sort=name&filter=t%C6%B0", "rank-cap", new[] { "Sở Tư pháp" }, "lọc “tư”: 1/2 sở")]
    [InlineData("/so-sanh-tinh?year=2024&sort=name", "provinces-cap", new[] { "Hải Phòng", "Khánh Hòa" }, "sắp xếp theo: tỉnh, thành phố")]
    public async Task RankTables_CaptionAndRowHeaders(string url, string captionId, string[] rows, string caption)
    {
        using var db = DashboardTestData.Create();
        var html = url.StartsWith("/so-sanh-tinh") ? await PageRenderer.RenderAsync<CompareProvinces>(db, url)
            : await PageRenderer.RenderAsync<CompareUnits>(db, url);
        var table = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("table.grid")!;
        Assert.Null(table.GetAttribute("aria-labelledby"));
        var first = table.Children[0];
        Assert.Equal(("CAPTION", captionId), (first.TagName, first.Id));
        Assert.Contains(caption, first.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var headers = table.QuerySelectorAll("tbody tr").Select(tr => Assert.Single(tr.QuerySelectorAll("th"))).ToList();
        Assert.All(headers, th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(rows, headers.Select(th => th.TextContent.Trim()));
        Assert.Equal(1, table.QuerySelectorAll("thead th[aria-sort='ascending']").Length);
    }

    [Theory]
    [InlineData("", new[] { "Sở Tư pháp", "Sở Tài chính" })]          // by rank: 1/12, 12/12
    [InlineData("&sort=name", new[] { "Sở Tài chính", "Sở Tư pháp" })]  // by name, Vietnamese order
    [InlineData("&sort=value", new[] { "Sở Tư pháp", "Sở Tài chính" })] // 94,99% before 84,91%
    [InlineData("&sort=%3Cbad%3E", new[] { "Sở Tư pháp", "Sở Tài chính" })]
    public async Task CompareUnits_SortParameter_OrdersRankTable(string sort, string[] expected)
    {
        using var db = DashboardTestData.Create();
        var html = await PageRenderer.RenderAsync<CompareUnits>(db, KhanhHoa2025 + sort);
        Assert.Equal(expected, RankTableUnits(html));
    }

    [Fact]
    public async Task CompareUnits_Heatmap_ColoursByGapAndShowsAverage()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<CompareUnits>(db, KhanhHoa2025));
        Assert.Matches("class=\"num h-4\"[^>]*><a [^>]*>73,72%</a>", html);   // 16,28 points below 90
        Assert.Matches("class=\"num h-ok\"[^>]*><a [^>]*>94,99%</a>", html);
        Assert.Contains("hạng <a", html);                                      // procedures: rank only, no value
        Assert.Contains("không tính trung bình khi chỉ có 2 đơn vị có số liệu", html); // (94,99 + 84,91) / 2 is no average
    }

    [Fact]
    public async Task CompareProvinces_Year2024_RanksWithTrendAndNationalAverage()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<CompareProvinces>(db, "/so-sanh-tinh?year=2024"));
        Assert.Contains("Trung bình cả nước năm 2024: <strong><a", html);
        Assert.Contains(">83,94%</a></strong> (+1,28 điểm so với năm trước)", html);
        Assert.True(html.IndexOf(">Hải Phòng<", StringComparison.Ordinal) < html.IndexOf(">Khánh Hòa<", StringComparison.Ordinal));
        Assert.Contains("tăng 4 bậc", html);
        Assert.Contains(">88,09%</a>", html);                                  // Hải Phòng's 2023 value in the trend columns
    }

    [Fact]
    public async Task CompareUnits_ProvinceWithoutDepartments_SaysSoAndWhatIsShown()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<CompareUnits>(db, "/so-sanh-don-vi?province=Gia%20Lai&year=1999"));
        Assert.Contains("Chưa có số liệu SIPAS của các sở, ngành tỉnh Gia Lai.", html);   // Gia Lai stays Gia Lai
        Assert.DoesNotContain("đang hiển thị Khánh Hòa", html);
    }
}
