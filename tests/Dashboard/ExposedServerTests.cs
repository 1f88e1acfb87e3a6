using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>The dashboard bound to every address (0.0.0.0) with an upload key and a read key configured.</summary>
public sealed class ExposedDashboardServer : DashboardServer
{
    public const string UploadKey = "khóa-tải-lên-2025", ReadKey = "khóa-xem";
    protected override string BindHost => "0.0.0.0";
    protected override IEnumerable<string> ExtraArgs => ["--Analytics:UploadKey", UploadKey, "--Analytics:ReadKey", ReadKey];
}

public sealed class ExposedServerTests(ExposedDashboardServer server) : IClassFixture<ExposedDashboardServer>
{
    [Fact]
    public async Task Reading_WithoutTheReadKey_IsRefused_WithItIsServed()
    {
        using var http = new HttpClient();
        var anonymous = await http.GetAsync(server.BaseUrl + "/don-vi");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        var (reader, _) = await server.NewPageAsync(readKey: ExposedDashboardServer.ReadKey);
        var response = await reader.GotoAsync(server.BaseUrl + "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024");
        Assert.Equal(200, response!.Status);
        Assert.Contains("85,67%", await reader.InnerTextAsync("main"));
    }

    [Fact]
    public async Task KeyedReads_NeverGoThroughTheOutputCache()
    {
        const string url = "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024&criterion=results";
        using var reader = new HttpClient();
        reader.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("xem:" + ExposedDashboardServer.ReadKey)));
        foreach (var _ in new[] { "first", "second" })
        {
            using var response = await reader.GetAsync(server.BaseUrl + url);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Age); // rendered for this request, not a stored copy
        }
        using var anonymous = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await anonymous.GetAsync(server.BaseUrl + url)).StatusCode);
    }

    [Fact]
    public async Task Upload_AsksForTheKey_AndRefusesAWrongOne()
    {
        var (page, _) = await server.NewPageAsync(readKey: ExposedDashboardServer.ReadKey);
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(new FilePayload
            { Name = "ghi-chu.txt", MimeType = "text/plain", Buffer = "Năm 2024"u8.ToArray() });
        await page.GetByLabel("Khóa truy cập").FillAsync("sai");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        Assert.Contains("Khóa truy cập không đúng; không tệp nào được nạp.", await page.Locator(".results").InnerTextAsync());
        Assert.False(Directory.Exists(server.UploadDir) && Directory.GetFiles(server.UploadDir).Length > 0);
    }
}
