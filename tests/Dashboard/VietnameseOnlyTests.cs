using System.Net;
using System.Text.RegularExpressions;
using Analytics.Dashboard.Components.Pages.BeforePlanning;
using Analytics.Dashboard.Components.Pages.CompareProvinces;
using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Pages.DataSources;
using Analytics.Dashboard.Components.Pages.Source;
using Analytics.Dashboard.Components.Pages.Trends;
using Analytics.Dashboard.Components.Pages.UnitProfile;
using Analytics.Dashboard.Vietnamese;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Dashboard;

/// <summary>Every page in every state, on the default data, in its layout: no English word in what users read (text
/// outside verbatim quotes of a source, file names and charts, whose words belong to the documents and the chart module).</summary>
public sealed partial class VietnameseOnlyTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private const string KhanhHoa = "province=Kh%C3%A1nh%20H%C3%B2a", GiaLai = "province=Gia%20Lai";
    private const string Sct = "unit=S%E1%BB%9F%20C%C3%B4ng%20Th%C6%B0%C6%A1ng", Unknown = "unit=S%E1%BB%9F%20Y%20t%E1%BA%BF";

    public static TheoryData<string, string> States => new()
    {
        { nameof(UnitProfile), "/" }, { nameof(UnitProfile), $"/don-vi?{GiaLai}&{Sct}" },
        { nameof(UnitProfile), $"/don-vi?{KhanhHoa}&{Unknown}" }, { nameof(UnitProfile), $"/don-vi?{GiaLai}&unit=Gia%20Lai&index=PAR_INDEX" },
        { nameof(UnitProfile), $"/don-vi?{KhanhHoa}&{Sct}&year=1999&index=XYZ" },
        { nameof(UnitProfile), $"/don-vi?{KhanhHoa}&unit=S%E1%BB%9F%20K%E1%BA%BF%20ho%E1%BA%A1ch%20v%C3%A0%20%C4%90%E1%BA%A7u%20t%C6%B0" },
        { nameof(CompareUnits), "/so-sanh-don-vi" }, { nameof(CompareUnits), $"/so-sanh-don-vi?{KhanhHoa}&year=2024" },
        { nameof(CompareUnits), $"/so-sanh-don-vi?{GiaLai}" }, { nameof(CompareUnits), $"/so-sanh-don-vi?{KhanhHoa}&index=PAR_INDEX" },
        { nameof(CompareProvinces), "/so-sanh-tinh" }, { nameof(CompareProvinces), "/so-sanh-tinh?index=PAR_INDEX&year=2018" },
        { nameof(CompareProvinces), $"/so-sanh-tinh?{KhanhHoa}&{Sct}&year=1999" },
        { nameof(Trends), "/xu-huong" }, { nameof(Trends), $"/xu-huong?{GiaLai}&unit=Gia%20Lai" }, { nameof(Trends), $"/xu-huong?{GiaLai}&{Unknown}" },
        { nameof(BeforePlanning), "/truoc-ke-hoach" }, { nameof(BeforePlanning), $"/truoc-ke-hoach?{KhanhHoa}&year=2023&index=PAR_INDEX" },
        { nameof(DataSources), "/du-lieu" }, { nameof(DataSources), "/du-lieu?warnings_page=2" },
        { nameof(Source), "/nguon?file=sipas_units_in_provinces.csv&line=27" }, { nameof(Source), "/nguon?file=x.txt&line=3" },
        { nameof(Source), "/nguon" },
    };

    [Theory]
    [MemberData(nameof(States))]
    public async Task Render_EveryPageAndState_ShowsNoEnglish(string page, string url)
    {
        var html = page switch
        {
            nameof(UnitProfile) => await PageRenderer.RenderInLayoutAsync<UnitProfile>(seeds.Db, url),
            nameof(CompareUnits) => await PageRenderer.RenderInLayoutAsync<CompareUnits>(seeds.Db, url),
            nameof(CompareProvinces) => await PageRenderer.RenderInLayoutAsync<CompareProvinces>(seeds.Db, url),
            nameof(Trends) => await PageRenderer.RenderInLayoutAsync<Trends>(seeds.Db, url),
            nameof(BeforePlanning) => await PageRenderer.RenderInLayoutAsync<BeforePlanning>(seeds.Db, url),
            nameof(DataSources) => await PageRenderer.RenderInLayoutAsync<DataSources>(seeds.Db, url),
            _ => await PageRenderer.RenderInLayoutAsync<Source>(seeds.Db, url),
        };
        var text = ReadableText(html);
        Assert.True(text.Length > 200, $"{url}: almost nothing rendered");
        var english = PipelineText.EnglishWord().Matches(text).Select(m => Context(text, m.Index)).ToList();
        Assert.True(english.Count == 0, $"{url}: English on the page: " + string.Join(" | ", english.Take(5)));
    }

    /// <summary>The text a user reads: tags, verbatim quotes (blockquote, a value quoted “…” from a document), file
    /// names and charts removed.</summary>
    private static string ReadableText(string html)
    {
        var kept = Verbatim().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Regex.Replace(Tag().Replace(kept, " "), @"\s+", " "));
        return Quoted().Replace(text, "“…”");
    }

    private static string Context(string text, int at) => text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 40)];

    [GeneratedRegex(@"<(blockquote|code|svg|script|style|title)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Verbatim();

    [GeneratedRegex(@"“[^“”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
