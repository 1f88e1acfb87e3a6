using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>
/// Whole pages in Chromium against the running app on the ingested seeds and data; a screenshot of every page (laptop
/// and projector width) goes to tests/artifacts/screenshots.
/// </summary>
public sealed class BrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Golden = "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024";

    public static TheoryData<string, string, string> Pages => new()
    {
        { "profile", Golden, "85,67%" },
        { "compare-units", "/so-sanh-don-vi?province=Khánh Hòa&year=2025", "84,91%" },
        { "compare-provinces", "/so-sanh-tinh?year=2024", "90,59%" },
        { "trends", "/xu-huong?province=Khánh Hòa&unit=Sở Công Thương", "88,4%" },
        { "before-planning", "/truoc-ke-hoach?province=Khánh Hòa&year=2024", "Kế hoạch năm 2025" },
        { "data-sources", "/du-lieu", "23/KH-SCT" },
        { "source", "/nguon?file=002_cafea9ff515821b6.txt&line=19", "Mức độ tiếp cận dịch vụ đạt 85,67%" },
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
        Assert.Equal("rgb(11, 61, 145)", await page.EvalOnSelectorAsync<string>("header", "e => getComputedStyle(e).backgroundColor"));
        await page.ScreenshotAsync(new() { Path = Screenshot(name), FullPage = true });
        var (projector, _) = await server.NewPageAsync(1024, 768);
        await projector.GotoAsync(server.BaseUrl + path);
        await projector.ScreenshotAsync(new() { Path = Screenshot(name + "-1024") });
        Assert.Empty(errors);
    }

    public static TheoryData<string, string, int> Widths()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 1440, 390 })
            foreach (var row in Pages) data.Add((string)row[0], (string)row[1], width);
        return data;
    }

    /// <summary>At a desk's 1440 px and a phone's 390 px nothing is wider than the screen (tables scroll inside their
    /// own box); the screenshots (the first screenful) are kept in tests/artifacts/screenshots/widths/.</summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Page_AtDeskAndPhoneWidth_NothingWiderThanTheScreen(string name, string path, int width)
    {
        var (page, errors) = await server.NewPageAsync(width, width == 390 ? 844 : 900);
        await page.GotoAsync(server.BaseUrl + path);
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var folder = Path.Combine(DashboardServer.ScreenshotDir, "widths");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png") });
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_IsKeyboardAndScreenReaderReady(string name, string path, string expected)
    {
        _ = (name, expected);
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + path);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Bỏ qua, đến nội dung chính", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var unlabelled = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('select, input:not([type=hidden]), textarea')].filter(e => !e.labels || e.labels.length === 0).map(e => e.name)");
        Assert.Empty(unlabelled);
        Assert.Equal(0, await page.Locator("table:not(:has(caption)):not([aria-labelledby])").CountAsync()); // QuickGrid: labelled by its caption paragraph
        Assert.Equal(0, await page.Locator("figure.chart svg:not([role=img])").CountAsync());
        Assert.Equal(await page.Locator("figure.chart svg").CountAsync(), await page.Locator("figure.chart svg > title").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }

    /// <summary>On a phone the menu collapses behind "Danh mục trang" and opens on a tap, without script; on a desk every
    /// link shows and the switch does not.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Menu_OnAPhone_CollapsesAndOpens(bool javaScript)
    {
        var (phone, _) = await server.NewPageAsync(390, 844, javaScript: javaScript);
        await phone.GotoAsync(server.BaseUrl + Golden);
        var link = phone.Locator("header nav a", new() { HasText = "So sánh tỉnh" });
        Assert.False(await link.IsVisibleAsync());
        await phone.Locator("header nav label", new() { HasText = "Danh mục trang" }).ClickAsync();
        Assert.True(await link.IsVisibleAsync());
        var (desk, _) = await server.NewPageAsync(1440, 900, javaScript: javaScript);
        await desk.GotoAsync(server.BaseUrl + Golden);
        Assert.True(await desk.Locator("header nav a", new() { HasText = "So sánh tỉnh" }).IsVisibleAsync());
        Assert.False(await desk.Locator("header nav label", new() { HasText = "Danh mục trang" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Profile_Printed_LeavesOutNavigationAndFilters()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header nav").IsVisibleAsync());
        Assert.False(await page.Locator("form.filters").IsVisibleAsync());
        Assert.True(await page.Locator("figure.chart").First.IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Screenshot("profile-print"), FullPage = true });
    }

    [Fact]
    public async Task UnknownAddress_ShowsVietnameseNotFoundWith404()
    {
        var (page, _) = await server.NewPageAsync();
        var response = await page.GotoAsync(server.BaseUrl + "/khong-co-trang-nay");
        Assert.Equal(404, response!.Status);
        Assert.Contains("Không tìm thấy trang", await page.InnerTextAsync("main"));
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
    public async Task Profile_FilterChange_AppliesAtOnceWithScript()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync("Sở Tư pháp");
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Replace('+', ' ').Contains("unit=Sở Tư pháp"),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("94,99%", await page.InnerTextAsync("main"));
        Assert.Empty(errors);                                                             // no CSP violation either
    }

    [Fact]
    public async Task Profile_FilterChangeThroughForm_PutsItInTheUrl()
    {
        var (page, _) = await server.NewPageAsync(javaScript: false);
        await page.GotoAsync(server.BaseUrl + Golden);
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync("Sở Tài chính");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();   // without script, the button
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).Replace('+', ' ').Contains("unit=Sở Tài chính"),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var main = await page.InnerTextAsync("main");
        Assert.Contains("84,91%", main);
        Assert.Contains("năm 2025", main);
    }

    [Fact]
    public async Task Profile_SourceLink_OpensQuotedText()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Tiếp cận dịch vụ" }) });
        await row.GetByRole(AriaRole.Link, new() { Name = "85,67%" }).ClickAsync();
        // Up to the new page's HTML: on a loaded machine the wait for its later "load" event once timed out.
        await page.WaitForURLAsync(url => url.Contains("/nguon?"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Contains("Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, giảm 4 bậc)", await page.InnerTextAsync("blockquote"));
        Assert.Contains("002_cafea9ff515821b6.txt", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task BeforePlanning_OpeningAPlan_ShowsItsTasksForTheCriterion()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/truoc-ke-hoach?province=Khánh Hòa&year=2024");
        var access = page.Locator("article", new() { HasText = "Tiếp cận dịch vụ: 85,67%" });
        var plan = access.Locator("details", new() { HasText = "Kế hoạch năm 2025" });
        await plan.Locator("summary").ClickAsync();
        var text = await plan.InnerTextAsync();
        Assert.Contains("Năm 2024: 85,67%; chưa có số liệu năm 2025.", text);
        Assert.Contains("Văn phòng Sở", text);
        Assert.Contains("Thường xuyên", text);
        await page.ScreenshotAsync(new() { Path = Screenshot("before-planning-open"), FullPage = false });
    }

    [Fact]
    public async Task BeforePlanning_DraftButton_DownloadsTheAppendixDraft()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/truoc-ke-hoach?province=Khánh Hòa&year=2024");
        var unit = page.Locator("section[aria-label='Sở Công Thương']");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            unit.GetByText("Tải dự thảo phụ lục kế hoạch năm 2025").ClickAsync());
        Assert.Equal("du-thao-phu-luc-so-cong-thuong-2025.docx", download.SuggestedFilename);
        await using var file = File.OpenRead((await download.PathAsync())!);
        var lines = Analytics.Pipeline.Extract.Decode.DocxText.ReadLines(file).Lines;
        Assert.Contains(lines, l => l.EndsWith("\tNăm 2024 đạt 85,67%, xếp hạng 9/18, giảm 4 bậc; mục tiêu từ 90% trở lên", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_AlsoWhenServedFromTheOutputCache()
    {
        var (page, _) = await server.NewPageAsync();
        foreach (var attempt in new[] { "rendered", "cached" })
        {
            var response = await page.GotoAsync(server.BaseUrl + Golden + "&criterion=access");
            var headers = await response!.AllHeadersAsync();
            Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
            Assert.Contains("script-src 'self';", headers["content-security-policy"]);
            Assert.DoesNotContain("unsafe", headers["content-security-policy"]);
            Assert.Equal("nosniff", headers["x-content-type-options"]);
            Assert.Equal("no-referrer", headers["referrer-policy"]);
            Assert.Equal(attempt == "cached", headers.ContainsKey("age")); // the output cache says how old its copy is
        }
    }

    [Fact]
    public async Task Upload_HeldBackPlan_AddsItsFigures()
    {
        var (page, _) = await server.NewPageAsync();
        const string GiaLai2023 = "/don-vi?province=Gia Lai&unit=Gia Lai&year=2023";
        await page.GotoAsync(server.BaseUrl + GiaLai2023); // rendered and kept by the output cache, before the upload
        Assert.DoesNotContain("84,19%", await page.InnerTextAsync("main"));
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(
            Path.Combine(RepoPaths.Root, "seeds", DashboardServer.HeldBack));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        var result = await page.Locator(".results").InnerTextAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("upload-result"), FullPage = true });
        Assert.Contains(DashboardServer.HeldBack, result);
        Assert.Contains("Đã nạp: 7 số liệu của Gia Lai năm 2023,", result);
        await page.GotoAsync(server.BaseUrl + GiaLai2023); // the upload evicted the page kept before it
        var access = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Tiếp cận dịch vụ" }) });
        Assert.Contains("84,19%", await access.InnerTextAsync());
        Assert.Contains($"file={DashboardServer.HeldBack}&line=643",
            await access.GetByRole(AriaRole.Link, new() { Name = "84,19%" }).GetAttributeAsync("href"));
    }

    [Fact]
    public async Task Upload_FileNamedDocxThatIsText_IsRefusedAndNotStored()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(new FilePayload
        {
            Name = "ke-hoach.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = "Kế hoạch năm 2025"u8.ToArray(),
        });
        var before = StoredUploads();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        var result = await page.Locator(".results").InnerTextAsync();
        Assert.Contains("ke-hoach.docx", result);
        Assert.Contains("không phải gói ZIP", result);
        Assert.Equal(before, StoredUploads());
    }

    [Fact]
    public async Task Upload_ResultsTableWithoutTitle_LandsUnderChosenProvinceAndYear()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(UntitledTable);
        await page.GetByLabel("Tỉnh", new() { Exact = true }).SelectOptionAsync("Lai Châu");
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("2021");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        var result = await page.Locator(".results").InnerTextAsync();
        Assert.Contains("rank_disagreement_synthetic.csv: Đã nạp: 8 số liệu của Sở Thử nghiệm P năm 2021; Sở Thử nghiệm Q năm 2021;", result);
        Assert.Equal("Lai Châu", await page.GetByLabel("Tỉnh", new() { Exact = true }).InputValueAsync());
        await page.GotoAsync(server.BaseUrl + "/don-vi?province=Lai Châu&unit=Sở Thử nghiệm P&year=2021");
        var overall = await page.InnerTextAsync("main");
        Assert.Contains("91%", overall);
        Assert.Contains("90,5%", overall);
    }

    [Fact]
    public async Task Upload_YearOutsideRange_IsRefusedAndNotStored()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(UntitledTable);
        await page.GetByLabel("Năm", new() { Exact = true }).FillAsync("1999");
        await page.EvalOnSelectorAsync("form.upload", "f => { f.noValidate = true; }"); // as a client that skips the browser's check
        var before = StoredUploads();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        Assert.Contains("Năm “1999” không hợp lệ: năm phải là số nguyên từ 2000 đến 2100; không tệp nào được nạp.",
            await page.Locator(".results").InnerTextAsync());
        Assert.Equal(before, StoredUploads());
    }

    private static string UntitledTable => Path.Combine(RepoPaths.Fixtures("results"), "rank_disagreement_synthetic.csv");

    [Fact]
    public async Task Profile_ChartDownload_GivesValidImages()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        var figure = page.Locator("figure.chart").First;
        Assert.Contains("Tiếp cận dịch vụ", await figure.Locator("svg").InnerHTMLAsync());
        var png = await page.RunAndWaitForDownloadAsync(() => figure.GetByRole(AriaRole.Link, new() { Name = "PNG (300 DPI, rộng 16 cm)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal((1890, 300.0, true), (Analytics.Pipeline.Export.Files.ChartPng.Size(bytes).Width,
            Math.Round(Analytics.Pipeline.Export.Files.ChartPng.StatedDpi(bytes)!.Value), png.SuggestedFilename.EndsWith(".png")));
        Assert.StartsWith("so-cong-thuong-khanh-hoa-2024-sipas-", png.SuggestedFilename);
        var svg = await page.RunAndWaitForDownloadAsync(() => figure.GetByRole(AriaRole.Link, new() { Name = "SVG" }).ClickAsync());
        var doc = System.Xml.Linq.XDocument.Load((await svg.PathAsync())!);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Contains("85,67%", doc.ToString());
    }

    [Fact]
    public async Task Profile_PackDownload_IsAZipWithWordReport()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Golden);
        var pack = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Tải trọn bộ") }).ClickAsync());
        using var zip = System.IO.Compression.ZipFile.OpenRead((await pack.PathAsync())!);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("so-cong-thuong-khanh-hoa-2024-sipas-bao-cao.docx", names);
        Assert.Contains(names, n => n.EndsWith("tieu-chi.png"));
        Assert.Equal("so-cong-thuong-khanh-hoa-2024-sipas-bao-cao.zip", pack.SuggestedFilename);
    }

    [Fact]
    public async Task CompareUnits_Heatmap_IsDrawnAndDownloadable()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/so-sanh-don-vi?province=Khánh Hòa&year=2025");
        var link = page.Locator("figure.chart").GetByRole(AriaRole.Link, new() { Name = "SVG" });
        var response = await page.APIRequest.GetAsync(server.BaseUrl + await link.GetAttributeAsync("href"));
        Assert.Equal("image/svg+xml", response.Headers["content-type"]);
        Assert.Contains("73,72%", await response.TextAsync());
    }

    [Fact]
    public async Task Upload_TooManyFiles_IsRefusedWhole()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        var files = Enumerable.Range(1, 21).Select(i => new FilePayload
            { Name = $"ghi-chu-{i}.txt", MimeType = "text/plain", Buffer = "Năm 2024"u8.ToArray() });
        var before = StoredUploads();
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(files);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        Assert.Contains("Mỗi lần chỉ tải lên tối đa 20 tệp; không tệp nào được nạp.", await page.Locator(".results").InnerTextAsync());
        Assert.Equal(before, StoredUploads());
    }

    [Fact]
    public async Task Upload_FileOverTheLimit_IsRefusedAloneWithItsReason()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        var before = StoredUploads();
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "lon.txt", MimeType = "text/plain", Buffer = new byte[12 * 1024 * 1024] },
            new FilePayload { Name = "cp1258.txt", MimeType = "text/plain", Buffer = [0x4E, 0xE3, 0x6D] },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        await page.Locator(".results").WaitForAsync();                 // sent with its progress shown, answered in place
        var results = await page.Locator(".results > li").AllInnerTextsAsync();
        Assert.Contains("lon.txt: Không nạp.\nTệp lớn hơn giới hạn 10 MB cho mỗi tệp.", results);
        Assert.Contains(results, r => r.StartsWith("cp1258.txt") && r.Contains("không phải UTF-8 hợp lệ"));
        Assert.Equal(before, StoredUploads());
    }

    [Fact]
    public async Task Upload_PostWithoutAntiforgeryToken_IsRejected()
    {
        var (page, _) = await server.NewPageAsync();
        var response = await page.APIRequest.PostAsync(server.BaseUrl + "/tai-len", new()
        {
            Multipart = page.APIRequest.CreateFormData().Set("_handler", "upload")
                .Set("files", new FilePayload { Name = "a.txt", MimeType = "text/plain", Buffer = "x"u8.ToArray() }),
        });
        Assert.Equal(400, response.Status);
    }

    private int StoredUploads() => Directory.Exists(server.UploadDir) ? Directory.GetFiles(server.UploadDir).Length : 0;

    private static string Screenshot(string name) => Path.Combine(DashboardServer.ScreenshotDir, name + ".png");
}
