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
}
