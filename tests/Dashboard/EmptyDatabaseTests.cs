using System.Net;
using Analytics.Dashboard.Components.Pages.BeforePlanning;
using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Pages.DataSources;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Components.Pages.UnitProfile;

namespace Analytics.Tests.Dashboard;

/// <summary>Before anything is ingested every page says what is missing, never an empty chart or a zero.</summary>
public sealed class EmptyDatabaseTests
{
    public static TheoryData<string, string> Pages => new()
    {
        { nameof(UnitProfile), "Chưa có số liệu hay kế hoạch của đơn vị nào." },
        { nameof(CompareUnits), "Chưa có số liệu SIPAS của các sở, ngành." },
        { nameof(CompareProvinces), "Chưa có số liệu cấp tỉnh của chỉ số này." },
        { nameof(Trends), "Chưa có số liệu SIPAS của đơn vị này qua các năm." },
        { nameof(BeforePlanning), "Chưa có tiêu chí yếu nào trong số liệu đã nạp." },
        { nameof(DataSources), "Chưa nạp văn bản nào." },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Render_EmptyDatabase_SaysWhatIsMissing(string page, string expected)
    {
        using var db = DashboardTestData.CreateEmpty();
        var html = WebUtility.HtmlDecode(page switch
        {
            nameof(UnitProfile) => await PageRenderer.RenderAsync<UnitProfile>(db, "/"),
            nameof(CompareUnits) => await PageRenderer.RenderAsync<CompareUnits>(db, "/so-sanh-don-vi"),
            nameof(CompareProvinces) => await PageRenderer.RenderAsync<CompareProvinces>(db, "/so-sanh-tinh"),
            nameof(Trends) => await PageRenderer.RenderAsync<Trends>(db, "/xu-huong"),
            nameof(BeforePlanning) => await PageRenderer.RenderAsync<BeforePlanning>(db, "/truoc-ke-hoach"),
            _ => await PageRenderer.RenderAsync<DataSources>(db, "/du-lieu"),
        });
        Assert.Contains(expected, html);
        Assert.DoesNotContain("<figure", html);
        Assert.DoesNotContain(">0%<", html);
    }
}
