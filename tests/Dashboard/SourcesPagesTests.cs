using System.Net;
using System.Text.RegularExpressions;
using Analytics.Dashboard.Components.Pages.DataSources;
using Analytics.Dashboard.Components.Pages.Source;

namespace Analytics.Tests.Dashboard;

public sealed class SourcesPagesTests
{
    [Fact]
    public async Task DataSources_Conflict_ShowsBothSourcesSideBySide()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<DataSources>(db, "/du-lieu"));
        var conflict = html[html.IndexOf("<article class=\"conflict\"", StringComparison.Ordinal)..];
        Assert.Contains("Sở Công Thương, Khánh Hòa — Kết quả giải quyết công việc, năm 2024 (SIPAS)", conflict);
        Assert.Contains("href=\"/nguon?file=seeds%2F000_3bc385bdad3b4eff.txt&line=38\"", conflict);
        Assert.Contains("href=\"/nguon?file=seeds%2F002_cafea9ff515821b6.txt&line=22\"", conflict);
        Assert.True(conflict.IndexOf(">89,78%<", StringComparison.Ordinal) < conflict.IndexOf(">90,61%<", StringComparison.Ordinal));
        Assert.Matches(@">90,61%</a>\s*<span class=""in-use"">giá trị đang dùng</span>", conflict);   // the plan body's value
        Assert.Single(Regex.Matches(conflict, "giá trị đang dùng"));
    }

    [Fact]
    public async Task DataSources_Rejection_ShowsFileAndReason()
    {
        using var db = DashboardTestData.Create();
        var html = Regex.Replace(WebUtility.HtmlDecode(await PageRenderer.RenderAsync<DataSources>(db, "/du-lieu")), @">\s+<", "><");
        Assert.Contains("<code>scan.docx</code></th><td class=\"num\">cả tệp</td><td>Tệp không phải là tài liệu Word hợp lệ</td>", html);
        Assert.Contains("Văn bản đã nạp (3)", html);
        Assert.Contains("Dòng không nhận và lưu ý khi đọc (1)", html);
        Assert.Contains("<code>data/sipas_units_in_provinces.csv</code></th><td class=\"num\">21</td><td>Dòng không có giá trị lẫn thứ hạng, không có gì để ghi", html);
    }

    public static TheoryData<string, string, string, string> DocumentPages => new()
    {
        // url; the pager's words; first and last file shown, by name (247 added after the test data's 3: 250 in all)
        { "/du-lieu", "Văn bản: 1–100 trong 250 (trang 1 / 3)", "many_0000.txt", "many_0099.txt" },
        { "/du-lieu?documents_page=3", "Văn bản: 201–250 trong 250 (trang 3 / 3)", "many_0200.txt", "seeds/002_cafea9ff515821b6.txt" },
        { "/du-lieu?documents_page=99", "Văn bản: 201–250 trong 250 (trang 3 / 3)", "many_0200.txt", "seeds/002_cafea9ff515821b6.txt" },
    };

    [Theory, MemberData(nameof(DocumentPages))]
    public async Task DataSources_ManyDocuments_ShownAPageAtATime(string url, string pager, string first, string last)
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
            con.Execute("INSERT INTO documents (source_file, sha256, kind, year) SELECT 'many_' || lpad(CAST(i AS VARCHAR), 4, '0') || '.txt', 'x', 'plan', 2024 FROM range(247) t(i)");
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<DataSources>(db, url));
        Assert.Contains("Văn bản đã nạp (250)", html);
        Assert.Contains(pager, html);
        var section = html[html.IndexOf("id=\"docs-h\"", StringComparison.Ordinal)..html.IndexOf("id=\"conf-h\"", StringComparison.Ordinal)];
        var shown = Regex.Matches(section, @"tệp <code>([^<]+)</code></small></th>").Select(m => m.Groups[1].Value).ToList();
        Assert.Matches(">Kế hoạch năm 2024</a>\\s*<br\\s*/?>\\s*<small class=\"note\">tệp <code>" + Regex.Escape(first) + "</code>", section);   // by title
        Assert.Equal((first, last), (shown.FirstOrDefault(), shown.LastOrDefault()));
        Assert.Equal(url == "/du-lieu" ? 100 : 50, shown.Count);
    }

    [Fact]
    public async Task Source_FileAndLine_QuotesTheTextAndItsUses()
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Source>(db,
            "/nguon?file=seeds%2F002_cafea9ff515821b6.txt&line=19"));
        Assert.Contains("<blockquote>- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, **giảm 4 bậc**);</blockquote>", html);
        Assert.Contains("Tiếp cận dịch vụ 85,67% — Sở Công Thương, Khánh Hòa, năm 2024", html);
        Assert.Contains("Sở Công Thương · Khánh Hòa · 2025 · kế hoạch", html);
    }

    public static TheoryData<decimal?, string> ScannedSources => new()
    {
        // OCR confidence (none: the PDF's text layer); what the quote's use says after the figure
        { 72.5m, " (đọc bằng nhận dạng chữ OCR, độ tin cậy 72,5%: thấp, cần đối chiếu với bản gốc)" },
        { 96m, " (đọc bằng nhận dạng chữ OCR, độ tin cậy 96%)" },
        { null, "" },
    };

    [Theory, MemberData(nameof(ScannedSources))]
    public async Task Source_FigureFromAPdfPage_ShowsThePageAndItsOcrConfidence(decimal? confidence, string note)
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
        using (var obs = con.Appender("observations"))
            obs.Row("Sở Công Thương", "department", "Khánh Hòa", 2024, "SIPAS", "access", 85.67m, 9, 18, -4, false,
                "scan.pdf", 35, "- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67%", 3, confidence, null);
        var html = Regex.Replace(WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Source>(db, "/nguon?file=scan.pdf&line=35")), @"\s+", " ");
        Assert.Contains("<dt>Trang</dt><dd>3</dd>", html);
        Assert.Contains("scan.pdf, dòng 35, trang 3 — dùng cho:", html);
        Assert.Contains("Tiếp cận dịch vụ 85,67% — Sở Công Thương, Khánh Hòa, năm 2024" + note, Regex.Replace(html, "</?span[^>]*>", ""));
    }

    public static TheoryData<string, string?> Remarks => new()
    {
        // the source's remark on the row (data/*.csv `notes`, a 'Ghi chú' cell), what the page says of it
        { "rank from listed order", "Chính nguồn ghi chú trên dòng này: thứ hạng suy từ thứ tự liệt kê trong nguồn, không phải thứ hạng công bố." },
        { "value rounded to integer by source", "Chính nguồn ghi chú trên dòng này: giá trị đã được làm tròn." },
        { "Tạm tính", "Chính nguồn ghi chú trên dòng này: số liệu tạm tính." },
        { "points/100", null },
    };

    [Theory, MemberData(nameof(Remarks))]
    public async Task Source_ARowItsSourceRemarksOn_SaysWhyItIsDoubtful(string note, string? says)
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
        using (var obs = con.Appender("observations"))
            obs.Row("Hà Nội", "province", "Hà Nội", 2018, "PAR_INDEX", "overall", 83.98m, 2, 63, null, false,
                "par.csv", 4, "province,Hà Nội,UBND thành phố,2018,PAR INDEX,overall,83.98,2,63,https://x,rank from listed order", null, null, note);
        var html = Regex.Replace(WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Source>(db, "/nguon?file=par.csv&line=4")), @"\s+", " ");
        if (says is null) Assert.DoesNotContain("Chính nguồn ghi chú", html);
        else Assert.Contains(says, Regex.Replace(html, "</?sup[^>]*>", ""));
    }

    [Theory]
    [InlineData("/nguon")]
    [InlineData("/nguon?file=x.txt&line=abc")]
    [InlineData("/nguon?file=x.txt&line=-3")]
    public async Task Source_WithoutFileOrLine_SaysWhatItNeeds(string url)
    {
        using var db = DashboardTestData.Create();
        var html = WebUtility.HtmlDecode(await PageRenderer.RenderAsync<Source>(db, url));
        Assert.Contains("Địa chỉ nguồn cần có tên tệp và số dòng.", html);
    }

    [Fact]
    public async Task Source_DocumentTextWithMarkup_IsRenderedAsText()
    {
        using var db = DashboardTestData.Create();
        using (var con = db.Connect())
        using (var obs = con.Appender("observations"))
            obs.Row("<b>Sở X</b>", "department", "Khánh Hòa", 2024, "SIPAS", "access", 80m, null, null, null, false,
                "evil.txt", 3, "<script>alert('x')</script><img src=x onerror=alert(1)>", null, null, null);
        var html = await PageRenderer.RenderAsync<Source>(db, "/nguon?file=evil.txt&line=3");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>Sở X", html);
        Assert.Contains("&lt;script&gt;", html);
    }
}
