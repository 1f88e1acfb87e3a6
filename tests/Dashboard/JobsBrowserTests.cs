using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>
/// The three jobs done as a new user does them, from `/` and only by clicking (menu, filters, picker, links, upload
/// form): a unit's weak criteria; Khánh Hòa's departments compared after a results table is uploaded through the page;
/// Sở Công Thương of Gia Lai found with its plan; a chart and the report pack exported.
/// </summary>
public sealed class JobsBrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task Job_WeakCriteriaOfAUnit_FoundAtOnceFromHome_WithTheirSource()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        var weak = page.Locator("section[aria-labelledby=weak-h]");
        var first = weak.Locator("li").First;
        Assert.StartsWith("Tiếp cận dịch vụ: 85,67%, thiếu 4,33 điểm so với 90%", await first.InnerTextAsync());
        await first.GetByRole(AriaRole.Link, new() { Name = "85,67%" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/nguon\\?"), new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Mức độ tiếp cận dịch vụ đạt 85,67%");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Job_KhanhHoaDepartmentsCompared_AfterAResultsTableIsUploadedThroughThePage()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        await Menu(page, "Tải lên");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(Path.Combine(RepoPaths.Fixtures("results"), "khanh_hoa_2024_synthetic.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        Assert.Contains("khanh_hoa_2024_synthetic.csv: Đã nạp:", await page.Locator(".results").InnerTextAsync());

        await Menu(page, "So sánh đơn vị");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("So sánh các sở, ngành trong tỉnh");
        await page.GetByLabel("Tỉnh, thành phố").SelectOptionAsync("Khánh Hòa");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("province=Kh"), new() { Timeout = 15_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded); // the new page's filters.js listens before the next choice
        await page.GetByLabel("Năm đánh giá").SelectOptionAsync("2024");
        await Assertions.Expect(page.Locator("h2.subject")).ToContainTextAsync("năm 2024", new() { Timeout = 15_000 });
        await page.Locator("form.picker[data-live=true]").WaitForAsync(new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sở Thử nghiệm A" }).CheckAsync();
        await Assertions.Expect(page.Locator("form.picker .hint")).ToHaveTextAsync("Đã chọn 1 sở; chọn thêm ít nhất 1 sở nữa.", new() { Timeout = 15_000 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("compare="), new() { Timeout = 15_000 });
        await page.WaitForTimeoutAsync(500);                                   // the new view patched in, its picker live again
        await page.Locator("form.picker[data-live=true]").WaitForAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Sở Thử nghiệm A" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sở Thử nghiệm C" }).CheckAsync();
        await Assertions.Expect(page.Locator("#side-h")).ToHaveTextAsync("So sánh 2 sở, năm 2024", new() { Timeout = 15_000 });
        var side = await page.Locator("table.side").InnerTextAsync();
        Assert.Contains("91,31%", side);
        Assert.Contains("93,56%", side);
        Assert.Contains("so sánh 2 sở theo tiêu chí", await page.Locator("section[aria-labelledby=side-h] figure.chart svg > title").TextContentAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Job_GiaLaiSoCongThuong_FoundWithItsPlan_NotTurnedIntoTheProvince()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        await Menu(page, "Tải lên");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(Path.Combine(RepoPaths.Root, "seeds", DashboardServer.HeldBack));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        Assert.Contains(DashboardServer.HeldBack, await page.Locator(".results").InnerTextAsync());

        await Menu(page, "Hồ sơ đơn vị");
        await page.GetByLabel("Tỉnh, thành phố").SelectOptionAsync("Gia Lai");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("province=Gia"), new() { Timeout = 15_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded); // the new page's filters.js listens before the next choice
        await page.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sở Công Thương (chỉ có kế hoạch)" });
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Kế hoạch của Sở Công Thương (Gia Lai) năm 2024", new() { Timeout = 15_000 });
        var main = await page.InnerTextAsync("main");
        Assert.Contains("Sở Công Thương (Gia Lai) chưa có số liệu SIPAS của chính đơn vị", main);
        Assert.DoesNotContain("đang hiển thị Gia Lai", main);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Job_AChartAndThePackExported_FromHome()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        var figure = page.Locator("figure.chart").First;
        var png = await page.RunAndWaitForDownloadAsync(() => figure.GetByRole(AriaRole.Link, new() { Name = "PNG (300 DPI, rộng 16 cm)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal(1890, Analytics.Pipeline.Export.Files.ChartPng.Size(bytes).Width);
        Assert.StartsWith("so-cong-thuong-khanh-hoa-2024-sipas-", png.SuggestedFilename);
        var pack = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Tải trọn bộ") }).ClickAsync());
        using var zip = System.IO.Compression.ZipFile.OpenRead((await pack.PathAsync())!);
        Assert.Contains("so-cong-thuong-khanh-hoa-2024-sipas-bao-cao.docx", zip.Entries.Select(e => e.FullName));
        Assert.Empty(errors);
    }

    private static async Task Menu(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(name switch
        {
            "Tải lên" => "/tai-len", "So sánh đơn vị" => "/so-sanh-don-vi", _ => "/don-vi",
        })), new() { Timeout = 15_000 });
    }
}
