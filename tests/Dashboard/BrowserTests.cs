using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>Whole pages in Chromium against the running app; a screenshot of every page goes to tests/artifacts.</summary>
public sealed class BrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Golden = "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024";

    public static TheoryData<string, string, string> Pages => new()
    {
        { "profile", Golden, "85,67%" },
        { "compare-units", "/so-sanh-don-vi?province=Khánh Hòa&year=2025", "84,91%" },
        { "compare-provinces", "/so-sanh-tinh?year=2024", "90,59%" },
        { "trends", "/xu-huong?province=Khánh Hòa&unit=Sở Công Thương", "88,4%" },
        { "before-planning", "/truoc-ke-hoach?province=Khánh Hòa&year=2024", "Văn phòng Sở chủ trì" },
        { "data-sources", "/du-lieu", "23/KH-SCT" },
        { "source", "/nguon?file=seeds/002_cafea9ff515821b6.txt&line=19", "Mức độ tiếp cận dịch vụ đạt 85,67%" },
        { "upload", "/tai-len", "Tải lên và nạp" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Loads_ShowsExpectedFigureWithoutErrors(string name, string path, string expected)
    {
        var (page, errors) = await server.NewPageAsync();
        var response = await page.GotoAsync(server.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        Assert.Contains(expected, await page.InnerTextAsync("main"));
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardServer.ScreenshotDir, name + ".png"), FullPage = true });
        var (projector, _) = await server.NewPageAsync(1024, 768);
        await projector.GotoAsync(server.BaseUrl + path);
        await projector.ScreenshotAsync(new() { Path = Path.Combine(DashboardServer.ScreenshotDir, name + "-1024.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Profile_GoldenUnit_ShowsAccessAndItsRankMovement()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Tiếp cận dịch vụ" }) });
        Assert.Contains("85,67%", await row.InnerTextAsync());
        Assert.Contains("giảm 4 bậc", await row.InnerTextAsync());
    }

    [Fact]
    public async Task Profile_FilterChangeThroughForm_PutsItInTheUrl()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024");
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync("Sở Tài chính");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("unit=S%E1%BB%9F+T%C3%A0i+ch%C3%ADnh") || url.Contains("unit=Sở+Tài+chính"));
        Assert.Contains("84,91%", await page.InnerTextAsync("main"));
        Assert.Contains("năm 2025", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task Profile_SourceLink_OpensQuotedText()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        await page.Locator("tr", new() { HasText = "Tiếp cận dịch vụ" }).GetByRole(AriaRole.Link, new() { Name = "85,67%" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/nguon?"));
        Assert.Contains("(xếp hạng 9/18, **giảm 4 bậc**)", await page.InnerTextAsync("blockquote"));
        Assert.Contains("seeds/002_cafea9ff515821b6.txt", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task CompareUnits_SortThroughUrl_OrdersByName()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/so-sanh-don-vi?province=Khánh Hòa&year=2025&criterion=overall&sort=name");
        var units = await page.Locator("#rank-h + div tbody th").AllInnerTextsAsync();
        Assert.Equal(["Sở Tài chính", "Sở Tư pháp"], units);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var (page, _) = await server.NewPageAsync();
        var response = await page.GotoAsync(server.BaseUrl + Golden);
        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Contains("script-src 'none'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
    }

    [Fact]
    public async Task Upload_FileNamedDocxThatIsText_IsRefusedWithReason()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(new FilePayload
        {
            Name = "ke-hoach.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = "Kế hoạch năm 2025"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        var result = await page.Locator(".results").InnerTextAsync();
        Assert.Contains("ke-hoach.docx", result);
        Assert.Contains("không phải gói ZIP", result);
        Assert.Empty(Directory.Exists(server.UploadDir) ? Directory.GetFiles(server.UploadDir) : []);
    }
}
