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
        await page.WaitForURLAsync(url => url.Contains("/so-sanh-don-vi?"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("So sánh các sở, ngành trong tỉnh");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));   // enhanced: no full load
        Assert.Contains("province=Kh%C3%A1nh%20H%C3%B2a", page.Url);
        Assert.Empty(errors);
    }
}
