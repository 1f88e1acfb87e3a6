using System.Net;
using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;

namespace Analytics.Tests.Dashboard;

/// <summary>The units or provinces chosen in the URL, side by side on the comparison pages (static renderer, test tables).</summary>
public sealed class SideBySideTests
{
    private const string Units2025 = "/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2025";
    private const string Tp = "compare=S%E1%BB%9F%20T%C6%B0%20ph%C3%A1p", Tc = "compare=S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh";

    private static string Section(string html, string id)
    {
        var at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return at < 0 ? "" : html[at..html.IndexOf("</section>", at, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task CompareUnits_TwoChosen_SideBySideWithoutAComputedAverage()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<CompareUnits>(db, $"{Units2025}&{Tp}&{Tc}"));
        var side = Section(html, "side-h");
        Assert.Contains("So sánh 2 sở, năm 2025", side);
        Assert.True(side.IndexOf(">Sở Tư pháp<", StringComparison.Ordinal) < side.IndexOf(">Sở Tài chính<", StringComparison.Ordinal));
        Assert.Contains(">94,99%</a>", side);
        Assert.Contains(">84,91%</a>", side);
        Assert.Contains(">82,62%</a>", side);                                      // Sở Tài chính's access
        Assert.Contains("không tính trung bình từ vài sở được chọn", side);         // no document states the block's average
        Assert.DoesNotContain("89,95", side);                                       // (94,99 + 84,91) / 2 is drawn nowhere
        Assert.Contains("name=\"compare\" value=\"Sở Tư pháp\"", html);             // the filters carry the choice on
    }

    [Theory]
    [InlineData("", "Chọn từ 2 đến 6 sở để xem cạnh nhau.", null)]
    [InlineData("&" + Tp, "Đã chọn 1 sở; chọn thêm ít nhất 1 sở nữa.", null)]
    [InlineData("&" + Tp + "&compare=S%E1%BB%9F%20Y%20t%E1%BA%BF", "Đã chọn 1 sở; chọn thêm ít nhất 1 sở nữa.",
        "Chưa có số liệu SIPAS năm 2025 của: Sở Y tế.")]
    public async Task CompareUnits_FewerThanTwo_PickerSaysWhatToDo_NoSideBySide(string compare, string hint, string? note)
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<CompareUnits>(db, Units2025 + compare));
        Assert.Contains(hint, html);
        Assert.DoesNotContain("id=\"side-h\"", html);
        if (note is not null) Assert.Contains(note, html);
    }

    [Fact]
    public async Task CompareProvinces_TwoChosen_YearsSideBySideWithTheNationalAverage()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<CompareProvinces>(db,
            "/so-sanh-tinh?year=2024&compare=H%E1%BA%A3i%20Ph%C3%B2ng&compare=Kh%C3%A1nh%20H%C3%B2a"));
        var side = Section(html, "side-h");
        Assert.Contains("So sánh 2 tỉnh, thành phố", side);
        Assert.Contains(">90,59%</a>", side);
        Assert.Contains("hạng 1/63", side);
        Assert.Contains(">83,66%</a>", side);
        Assert.Contains(">83,94%</a>", side);                                      // the national average, as published
        Assert.Contains(">88,09%</a>", side);                                      // Hải Phòng 2023
        Assert.Contains("Trung bình cả nước (công bố)", side);
    }
}
