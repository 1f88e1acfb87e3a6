using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>Enhanced navigation and interactive components in Chromium, under the strict Content-Security-Policy.</summary>
public sealed class InteractiveBrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Golden = "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024";

    [Fact]
    public async Task MenuLink_NavigatesWithoutReloadingThePage_KeepsSelectionAndCsp()
    {
        var (page, errors) = await server.NewPageAsync();
        var response = await page.GotoAsync(server.BaseUrl + Golden);
        Assert.Contains("connect-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "So sánh đơn vị" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/so-sanh-don-vi\?"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("So sánh các sở, ngành trong tỉnh");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));   // enhanced: no full load
        Assert.Contains("province=Kh%C3%A1nh%20H%C3%B2a", page.Url);
        Assert.Empty(errors);
    }

    private const string Units2025 = "/so-sanh-don-vi?province=Khánh Hòa&year=2025";

    private static string Decoded(string url) => Uri.UnescapeDataString(url).Replace('+', ' ');

    [Fact]
    public async Task ComparePicker_Tick_AppliesAtOnce_SideBySideInTheUrl()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Units2025 + "&compare=Sở Tư pháp");
        await Assertions.Expect(page.Locator("form.picker .hint")).ToHaveTextAsync("Đã chọn 1 sở; chọn thêm ít nhất 1 sở nữa.");
        await page.Locator("form.picker[data-live=true]").WaitForAsync(new() { Timeout = 15_000 });   // the circuit is up
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sở Tài chính" }).CheckAsync();
        // The URL changes by the history API (enhanced navigation): polled, not awaited as a navigation.
        await Assertions.Expect(page).ToHaveURLAsync(
            new Regex("compare=S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p&compare=S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#side-h")).ToHaveTextAsync("So sánh 2 sở, năm 2025", new() { Timeout = 15_000 });
        var side = await page.Locator("table.side").InnerTextAsync();
        Assert.Contains("94,99%", side);
        Assert.Contains("84,91%", side);
        await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardServer.ScreenshotDir, "compare-units-picked.png"), FullPage = true });
        Assert.Empty(errors);                                                                  // no CSP violation, no circuit error
    }

    // A tick while the previous tick's view is on its way was undone when that view arrived; and a page already in the
    // output cache was loaded whole instead of swapped in, which restarted the picker and lost the ticks made meanwhile.
    // Clicks 0–400 ms apart, on a fast connection and on one with 300–600 ms of latency (Chromium's emulation).
    [Theory]
    [InlineData(0, 0)]
    [InlineData(150, 0)]
    [InlineData(400, 0)]
    [InlineData(50, 300)]
    [InlineData(400, 600)]
    public async Task ComparePicker_QuickTicks_NoneIsLost(int pauseMs, int latencyMs)
    {
        var (page, errors) = await server.NewPageAsync();
        var network = await page.Context.NewCDPSessionAsync(page);
        await network.SendAsync("Network.enable");
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = latencyMs, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
        });
        await page.GotoAsync(server.BaseUrl + Units2025);
        await page.Locator("form.picker[data-live=true]").WaitForAsync(new() { Timeout = 30_000 });
        foreach (var unit in new[] { "Sở Tư pháp", "Sở Tài chính", "Sở Nông nghiệp và Môi trường" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = unit }).ClickAsync();   // as a user clicks: no waiting for the view
            await page.WaitForTimeoutAsync(pauseMs);
        }
        await Assertions.Expect(page.Locator("#side-h")).ToHaveTextAsync("So sánh 3 sở, năm 2025", new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(1_000);                                              // and it stays so
        await Assertions.Expect(page.Locator("#side-h")).ToHaveTextAsync("So sánh 3 sở, năm 2025");
        Assert.Equal(3, await page.Locator("form.picker input[type=checkbox]:checked").CountAsync());
        Assert.Empty(errors);
    }

    // Before the picker's component runs (its connection held back here), a tick submits the form as it stands: two
    // ticks give the view of both, and the component, once it runs, draws the boxes as ticked.
    [Fact]
    public async Task ComparePicker_TicksBeforeTheComponentRuns_AreKept()
    {
        var (page, errors) = await server.NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_blazor/negotiate**", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync(server.BaseUrl + Units2025);
        foreach (var unit in new[] { "Sở Tư pháp", "Sở Tài chính" })
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = unit }).ClickAsync();
            await page.WaitForTimeoutAsync(150);
        }
        await Assertions.Expect(page.Locator("#side-h")).ToHaveTextAsync("So sánh 2 sở, năm 2025", new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator("form.picker[data-live=true]").CountAsync());     // all that without the component
        release.SetResult();
        await page.Locator("form.picker[data-live=true]").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(2, await page.Locator("form.picker input[type=checkbox]:checked").CountAsync());
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sở Nông nghiệp và Môi trường" }).ClickAsync();   // and it goes on from there
        await Assertions.Expect(page.Locator("#side-h")).ToHaveTextAsync("So sánh 3 sở, năm 2025", new() { Timeout = 15_000 });
        Assert.Empty(errors);
    }

    // A page already in the output cache is still swapped in by enhanced navigation: its "blazor-enhanced-nav: allow"
    // came back from the cache as "Allow", which blazor.web.js does not accept, so the browser loaded the whole page.
    [Fact]
    public async Task EnhancedNavigation_ToACachedPage_StaysInTheDocument()
    {
        var (page, errors) = await server.NewPageAsync();
        const string Cached = Units2025 + "&criterion=results";
        var enhanced = new Dictionary<string, string> { ["accept"] = "text/html; blazor-enhanced-nav=on" };
        foreach (var attempt in new[] { "rendered", "cached" })
        {
            var response = await page.APIRequest.GetAsync(server.BaseUrl + Cached, new() { Headers = enhanced });
            Assert.Equal(attempt == "cached", response.Headers.ContainsKey("age"));
            Assert.Equal("allow", response.Headers["blazor-enhanced-nav"]);
        }
        await page.GotoAsync(server.BaseUrl + Units2025);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        // The table's name filter is swapped in by enhanced navigation; the third view is the first again, now cached.
        var filter = page.GetByRole(AriaRole.Searchbox, new() { Name = "Lọc theo tên sở" });
        var names = page.Locator("table.grid tbody th[scope=row].name");
        foreach (var (typed, first) in new[] { ("tu phap", "Sở Tư pháp"), ("tai chinh", "Sở Tài chính"), ("tu phap", "Sở Tư pháp") })
        {
            await filter.FillAsync(typed);
            await Assertions.Expect(names.First).ToHaveTextAsync(first, new() { Timeout = 15_000 });
        }
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ComparePicker_WithoutScript_IsAFormThatGivesTheSameView()
    {
        var (page, _) = await server.NewPageAsync(javaScript: false);
        await page.GotoAsync(server.BaseUrl + "/so-sanh-tinh?year=2024");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Hải Phòng" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Khánh Hòa" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "So sánh" }).ClickAsync();
        await page.WaitForURLAsync(url => Decoded(url).Contains("compare=Hải Phòng&compare=Khánh Hòa"),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var side = await page.Locator("table.side").InnerTextAsync();
        Assert.Contains("90,59%", side);
        Assert.Contains("Trung bình cả nước (công bố)", side);
    }

    [Fact]
    public async Task RankGrid_SortLinkAndNameFilter_ChangeTheUrlAndTheRows()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Units2025);
        var names = page.Locator("table.grid tbody th[scope=row].name");                     // the unit names head the rows
        await page.Locator("table.grid thead th.name a").ClickAsync();                        // sort by name
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=name"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("table.grid thead th.name")).ToHaveAttributeAsync("aria-sort", "ascending");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Lọc theo tên sở" }).FillAsync("tu phap");                        // accents ignored
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"filter=tu(%20|\+)phap"), new() { Timeout = 15_000 });
        await Assertions.Expect(names).ToHaveCountAsync(1);
        Assert.Equal("Sở Tư pháp", await names.First.InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SideBySide_ChartWithOfficialAverage_RowsLightUpWithTheTable()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Units2025 + "&compare=Sở Tư pháp&compare=Sở Tài chính");
        var side = page.Locator("section[aria-labelledby=side-h]");
        var chart = side.Locator("figure.chart svg");
        Assert.Equal("Chỉ số hài lòng: so sánh 2 sở theo tiêu chí — Khánh Hòa · 2025", await chart.Locator("title").TextContentAsync());
        var description = await chart.Locator("desc").TextContentAsync();
        Assert.Contains("Chỉ số chung: Sở Tư pháp 94,99%, Sở Tài chính 84,91%, Trung bình khối sở (công bố) 89,08%", description);
        // A table row under the pointer bands its row of the chart; the chart's row under the pointer lights the table row.
        var access = side.Locator("tr[data-row='Tiếp cận dịch vụ']");
        await page.Locator("form.picker[data-live=true]").WaitForAsync(new() { Timeout = 15_000 });   // the layout has settled
        await access.HoverAsync();
        await Assertions.Expect(access).ToHaveClassAsync("lit");
        await Assertions.Expect(chart.Locator("rect.row-band")).ToHaveCountAsync(1);
        // Into the chart: the pointer at the height of a row's label lights that row of the table.
        await chart.ScrollIntoViewIfNeededAsync();
        var box = await chart.BoundingBoxAsync();
        async Task PointAt(string label)
        {
            var text = await chart.Locator("text", new() { HasText = label }).First.BoundingBoxAsync();
            await page.Mouse.MoveAsync(box!.X + box.Width * 0.6f, text!.Y + text.Height / 2);
        }
        var overall = side.Locator("tr[data-row='Chỉ số chung']");
        await PointAt("Tiếp cận dịch vụ");
        await Assertions.Expect(access).ToHaveClassAsync("lit");
        await Assertions.Expect(chart.Locator("rect.row-band")).ToHaveCountAsync(1);
        await PointAt("Chỉ số chung");
        await Assertions.Expect(overall).ToHaveClassAsync("lit");
        await Assertions.Expect(access).Not.ToHaveClassAsync("lit");
        var png = await page.APIRequest.GetAsync(server.BaseUrl + await side.GetByRole(AriaRole.Link, new() { Name = "PNG (300 DPI, rộng 16 cm)" }).GetAttributeAsync("href"));
        Assert.Equal("image/png", png.Headers["content-type"]);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Upload_ShowsItsProgress_ThenTheResultsInPlace()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        Assert.False(await page.Locator("form.upload .progress").IsVisibleAsync());
        await page.EvaluateAsync("() => { window.sameDocument = true; }");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(new FilePayload
        {
            Name = "ghi-chu.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = Encoding.UTF8.GetBytes(new string('x', 2_000_000)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        var progress = page.Locator("form.upload progress");
        await Assertions.Expect(progress).ToBeVisibleAsync();
        var result = await page.Locator(".results").InnerTextAsync();                   // swapped in, not a new page
        Assert.Contains("ghi-chu.docx", result);
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.Equal("Kết quả", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Planning_ParIndexPlans_HaveAWayIn_AndTheirDraft()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/truoc-ke-hoach?province=Khánh Hòa&year=2024");
        await page.GetByRole(AriaRole.Link, new() { Name = "xem và tải dự thảo" }).ClickAsync();
        await Assertions.Expect(page.Locator("#par-h")).ToHaveTextAsync("Kế hoạch nâng cao Chỉ số cải cách hành chính (PAR INDEX) — Khánh Hòa");
        var main = await page.InnerTextAsync("main");
        Assert.Contains("không so với mức 90%", main);
        Assert.DoesNotContain("dưới mức 90%", main);
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Sở Công Thương" }) });
        Assert.Contains("năm 2024", await row.InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() =>
            row.GetByRole(AriaRole.Link, new() { Name = "Tải dự thảo kế hoạch năm 2025: các chỉ số thành phần, nhiệm vụ mang sang từ kế hoạch đã nạp" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        Assert.Contains("index=PAR_INDEX", download.Url);
        Assert.Empty(errors);
    }
}
