using System.Net;
using Microsoft.Playwright;

namespace Analytics.Tests.Dashboard;

/// <summary>The documented set-up behind a TLS proxy: bound to 127.0.0.1 only, with both keys configured.</summary>
public sealed class KeyedLoopbackDashboardServer : DashboardServer
{
    public const string UploadKey = "khóa-tải-lên-proxy", ReadKey = "khóa-xem-proxy";
    protected override IEnumerable<string> ExtraArgs => ["--Analytics:UploadKey", UploadKey, "--Analytics:ReadKey", ReadKey];
}

public sealed class KeyedLoopbackServerTests(KeyedLoopbackDashboardServer server) : IClassFixture<KeyedLoopbackDashboardServer>
{
    [Fact]
    public async Task Reading_OnLoopbackWithAReadKey_IsRefusedWithoutIt_ServedWithIt()
    {
        using var anonymous = new HttpClient();
        var refused = await anonymous.GetAsync(server.BaseUrl + "/don-vi");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var keyed = new HttpClient();
        keyed.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(":" + KeyedLoopbackDashboardServer.ReadKey)));
        var served = await keyed.GetAsync(server.BaseUrl + "/don-vi?province=Khánh Hòa&unit=Sở Công Thương&year=2024");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.False(served.Headers.Contains("Server")); // no "Server: Kestrel"
    }

    [Fact]
    public async Task PageNumberNotANumber_Is400InVietnamese_AndTheLogShowsItEscaped()
    {
        using var keyed = new HttpClient();
        keyed.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(":" + KeyedLoopbackDashboardServer.ReadKey)));
        var response = await keyed.GetAsync(server.BaseUrl + "/du-lieu?documents_page=abc%0D%0AFORGED%20line%00");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Địa chỉ có tham số “documents_page” không hợp lệ", await response.Content.ReadAsStringAsync());
        var line = await WaitForLogAsync("Refused query parameter");
        Assert.Contains("documents_page=abc\\u000D\\u000AFORGED line\\u0000", line);
        Assert.DoesNotContain(server.Log.Split('\n'), l => l.StartsWith("FORGED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartUpLog_SaysWhichModeIsActive() =>
        Assert.Contains("access: listening on http://127.0.0.1:", await WaitForLogAsync("access: "));

    [Fact]
    public async Task StartUpLog_OnLoopbackWithKeys_SaysBothKeysAreNeeded() =>
        Assert.Contains("loopback only); reading needs the read key; uploads need the upload key", await WaitForLogAsync("access: "));

    [Fact]
    public async Task Upload_OnLoopbackWithAnUploadKey_AsksForIt_AndRefusesAWrongOne()
    {
        var (page, _) = await server.NewPageAsync(readKey: KeyedLoopbackDashboardServer.ReadKey);
        await page.GotoAsync(server.BaseUrl + "/tai-len");
        await page.GetByLabel("Chọn tệp").SetInputFilesAsync(new FilePayload
            { Name = "ghi-chu.txt", MimeType = "text/plain", Buffer = "Năm 2024"u8.ToArray() });
        await page.GetByLabel("Khóa truy cập").FillAsync(KeyedLoopbackDashboardServer.ReadKey); // the read key is not the upload key
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và nạp" }).ClickAsync();
        Assert.Contains("Khóa truy cập không đúng; không tệp nào được nạp.", await page.Locator(".results").InnerTextAsync());
        Assert.False(Directory.Exists(server.UploadDir) && Directory.GetFiles(server.UploadDir).Length > 0);
    }

    private async Task<string> WaitForLogAsync(string marker)
    {
        for (var i = 0; i < 50 && !server.Log.Contains(marker); i++) await Task.Delay(100);
        return server.Log.Split('\n').FirstOrDefault(l => l.Contains(marker)) ?? server.Log;
    }
}
