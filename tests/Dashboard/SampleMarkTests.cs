using System.Net;
using Analytics.Dashboard.Components.Pages.BeforePlanning;
using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Pages.DataSources;
using Analytics.Dashboard.Components.Pages.NotFound;
using Analytics.Dashboard.Components.Pages.Source;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Components.Pages.UnitProfile;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;
using Analytics.Tests.Analyze;
using Analytics.Tests.Bench;

namespace Analytics.Tests.Dashboard;

/// <summary>Every page on the sample database shows the banner "DỮ LIỆU MÔ PHỎNG — không phải số liệu thật" (the main
/// layout's), and its charts carry the mark; on real data (seeds/ and data/) no page does.</summary>
public sealed class SampleMarkTests(SmallSample sample, SeedDatabase seeds) : IClassFixture<SmallSample>, IClassFixture<SeedDatabase>
{
    private const string Banner = "<p class=\"sample\" role=\"note\">" + SampleText.Banner + "</p>";
    private const string Unit = "province=Kh%C3%A1nh%20H%C3%B2a&unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng&year=2024";

    public static TheoryData<string> Pages => new()
    {
        "/don-vi?" + Unit, "/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2024", "/so-sanh-tinh", "/xu-huong?" + Unit,
        "/truoc-ke-hoach?" + Unit, "/du-lieu", "/nguon?file=x.txt&line=1", "/khong-tim-thay",
    };

    private static Task<string> Render(DuckDb db, string url) => url.Split('?')[0] switch
    {
        "/don-vi" => PageRenderer.RenderInLayoutAsync<UnitProfile>(db, url),
        "/so-sanh-don-vi" => PageRenderer.RenderInLayoutAsync<CompareUnits>(db, url),
        "/so-sanh-tinh" => PageRenderer.RenderInLayoutAsync<CompareProvinces>(db, url),
        "/xu-huong" => PageRenderer.RenderInLayoutAsync<Trends>(db, url),
        "/truoc-ke-hoach" => PageRenderer.RenderInLayoutAsync<BeforePlanning>(db, url),
        "/du-lieu" => PageRenderer.RenderInLayoutAsync<DataSources>(db, url),
        "/nguon" => PageRenderer.RenderInLayoutAsync<Source>(db, url),
        _ => PageRenderer.RenderInLayoutAsync<NotFound>(db, url),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Render_SampleDatabase_BannerOnThePage(string url) =>
        Assert.Contains(Banner, WebUtility.HtmlDecode(await Render(sample.Db, url)));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Render_RealData_NoMark(string url) =>
        Assert.DoesNotContain(SampleText.Mark, WebUtility.HtmlDecode(await Render(seeds.Db, url)));

    [Theory]
    [InlineData("/don-vi?" + Unit)]
    [InlineData("/so-sanh-don-vi?province=Kh%C3%A1nh%20H%C3%B2a&year=2024")]
    [InlineData("/xu-huong?" + Unit)]
    public async Task Render_SampleDatabase_EveryChartCarriesTheMark(string url)
    {
        var html = WebUtility.HtmlDecode(await Render(sample.Db, url));
        var charts = html.Split("<svg")[1..].Where(s => s.Contains("role=\"img\"")).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, svg => Assert.Contains("<title>" + SampleText.Banner + ": ", svg));
    }
}
