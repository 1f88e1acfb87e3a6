using System.Text;
using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>Issue 13 "Upload that cannot hurt" and 14.5, by clicking: duplicates, confirmation before a replacement, the
/// earlier version restored from the data page, removal, refusals among the rejections, links to the units changed.</summary>
public sealed class UploadVersionsBrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly string Plan = Path.Combine(RepoPaths.Seeds, "002_cafea9ff515821b6.txt");

    private static async Task<string> UploadAsync(IPage page, FilePayload file)
    {
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        return await page.Locator(".results").InnerTextAsync();
    }

    [Fact]
    public async Task Upload_SameContentUnderAnotherName_IsADuplicate()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        var result = await UploadAsync(page, new FilePayload { Name = "ban-sao.txt", MimeType = "text/plain", Buffer = File.ReadAllBytes(Plan) });
        Assert.Contains("Nội dung tệp này trùng với văn bản đã nạp “002_cafea9ff515821b6.txt”; không nạp lại lần nữa.", result);
    }

    [Fact]
    public async Task Upload_TruncatedPlanUnderItsName_AsksFirst_ThenTheEarlierVersionIsRestoredFromTheDataPage()
    {
        var (page, _) = await server.NewPageAsync();
        var lines = File.ReadAllLines(Plan);
        var truncated = Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(lines.Length / 3)));
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        var asked = await UploadAsync(page, new FilePayload { Name = "002_cafea9ff515821b6.txt", MimeType = "text/plain", Buffer = truncated });
        Assert.Contains("Đã có văn bản cùng tên", asked);
        Assert.Contains("Tệp mới cho ÍT hơn bản đang dùng", asked);

        await page.GetByRole(AriaRole.Button, new() { Name = "Thay thế" }).ClickAsync();
        var replaced = await page.Locator(".results").InnerTextAsync();
        var part = Analytics.Pipeline.Extract.DocumentReader.Read("002_cafea9ff515821b6.txt", truncated).Observations.Count;
        Assert.Contains($"Đã nạp lại (thay bản trước): {part} số liệu", replaced);
        var links = string.Join("\n", await page.Locator(".results a").AllInnerTextsAsync());
        Assert.Contains("Sở Công Thương, Khánh Hòa (SIPAS, 2024)", links);

        await page.GotoAsync(server.BaseUrl + "/du-lieu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Phiên bản trước của các văn bản: khôi phục, gỡ bỏ" }).ClickAsync();
        // Enhanced navigation: the URL changes before the new page is patched in; wait for its heading.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Phiên bản văn bản: khôi phục và gỡ bỏ");
        var row = page.Locator("tr", new() { HasText = "002_cafea9ff515821b6.txt" });
        Assert.Contains("đã thay bằng bản mới", await row.InnerTextAsync());
        await row.GetByRole(AriaRole.Button, new() { Name = "Khôi phục" }).ClickAsync();
        var restored = await page.Locator(".result").InnerTextAsync();
        Assert.Contains("Đã khôi phục phiên bản này", restored);
        var whole = Analytics.Pipeline.Extract.DocumentReader.Read("002_cafea9ff515821b6.txt", File.ReadAllBytes(Plan)).Observations.Count;
        Assert.Contains($"Đã nạp lại (thay bản trước): {whole} số liệu", restored); // the whole plan's figures are back
    }

    [Fact]
    public async Task Upload_RefusedBeforeTheIngest_ShowsAmongTheRejections_AndIsNotKept()
    {
        var (page, _) = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        var result = await UploadAsync(page, new FilePayload { Name = "bang-loi.csv", MimeType = "text/csv", Buffer = [0x61, 0x2C, 0x00, 0x62] });
        Assert.Contains("Tệp văn bản chứa byte NUL ở vị trí 2", result);
        await page.GotoAsync(server.BaseUrl + "/du-lieu");
        var rejection = page.Locator("tr", new() { HasText = "bang-loi.csv" });
        Assert.Contains("Tệp văn bản chứa byte NUL ở vị trí 2", await rejection.InnerTextAsync());
        Assert.False(Directory.Exists(server.UploadDir) && Directory.GetFiles(server.UploadDir).Any(f => f.EndsWith(".csv", StringComparison.Ordinal)));
    }
}
