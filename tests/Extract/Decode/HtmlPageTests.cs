using System.Text;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Tests.Extract.Decode;

/// <summary>A saved web page read for its main text: boilerplate dropped, paragraphs and table rows kept as lines.</summary>
public class HtmlPageTests
{
    private const string Menu = "<nav><a href='/'>Trang chủ</a> Sở Tư pháp đạt 99,9%</nav>";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "paragraphs and headings, entities decoded",
            "<html><body><h1>Chỉ số SIPAS năm 2022</h1><p>Gia Lai đạt 82,52%,&nbsp;xếp thứ 16/63.</p></body></html>",
            ["Chỉ số SIPAS năm 2022", "Gia Lai đạt 82,52%, xếp thứ 16/63."] },
        { "scripts, styles, comments, navigation, forms and asides dropped",
            "<html><head><title>Báo</title><style>p{}</style></head><body>" + Menu
            + "<script>var s = '<p>88,4%</p>';</script><!-- <p>90%</p> --><form><input name=q></form>"
            + "<p>Sở Công Thương đạt 88,4%.</p><aside><p>Tin liên quan: Sở Y tế đạt 80%</p></aside></body></html>",
            ["Sở Công Thương đạt 88,4%."] },
        { "the page's header and footer dropped, menus and share bars by class",
            "<body><header><p>Cổng thông tin tỉnh</p></header><div class='main-menu'><ul><li>Giới thiệu</li></ul></div>"
            + "<p>Nội dung 85,67%.</p><div id='share-box'>Chia sẻ</div><footer>Bản quyền 2024</footer></body>",
            ["Nội dung 85,67%."] },
        { "only the article, its own header kept",
            "<body>" + Menu + "<article><header><h1>Gia Lai xếp thứ 16/63</h1></header><p>Đạt 82,52%.</p></article>"
            + "<article><p>Tin khác</p></article><div class='related'><p>Sở Tài chính đạt 70%</p></div></body>",
            ["Gia Lai xếp thứ 16/63", "Đạt 82,52%."] },
        { "<main> when there is one",
            "<body><div><p>Quảng cáo 50%</p></div><main><p>Sở Nội vụ đạt 91,2%.</p></main></body>", ["Sở Nội vụ đạt 91,2%."] },
        { "a data table as tab-separated rows, its caption before them",
            "<body><p>Kết quả:</p><table><caption>Bảng 1. Chỉ số SIPAS 2024</caption><thead><tr><th>STT</th><th>Đơn vị</th><th>Chỉ số</th></tr></thead>"
            + "<tbody><tr><td>1</td><td><p>Sở <b>Công Thương</b></p></td><td>88,40</td></tr><tr><td>2<td>Sở Tư pháp<td>91,20</tr></tbody></table></body>",
            ["Kết quả:", "Bảng 1. Chỉ số SIPAS 2024", "STT\tĐơn vị\tChỉ số", "1\tSở Công Thương\t88,40", "2\tSở Tư pháp\t91,20"] },
        { "a layout table read as the blocks of its cells",
            "<body><table><tr><td><p>Đoạn một.</p><table><tr><td>1</td><td>Sở Y tế</td></tr></table></td></tr></table></body>",
            ["Đoạn một.", "1\tSở Y tế"] },
        { "preformatted text line by line",
            "<body><pre class='western'>Sở Công Thương\n\nđạt 92.83% &amp; thứ nhất</pre></body>",
            ["Sở Công Thương", "đạt 92.83% & thứ nhất"] },
    };

    [Fact]
    public void Read_Utf16PageWithBom_ReadLikeUtf8()
    {
        const string html = "<html><body><p>Sở Công Thương đạt 88,4%.</p></body></html>";
        var decoded = Formats.Read("trang.htm", ".htm", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(html)]);
        Assert.Equal(["Sở Công Thương đạt 88,4%."], decoded.Lines.Select(l => l.Text).Where(t => t.Length > 0));
    }

    [Theory, MemberData(nameof(Cases))]
    public void Read_Page_MainTextAsLines(string shape, string html, string[] expected)
    {
        var decoded = Formats.Read("trang.html", ".html", Encoding.UTF8.GetBytes(html));
        Assert.Null(decoded.Error);
        var lines = decoded.Lines.Select(l => l.Text).Where(t => t.Length > 0).ToList();
        Assert.True(expected.SequenceEqual(lines), $"{shape}: {string.Join(" | ", lines)}");
        Assert.All(decoded.Lines, l => Assert.Equal((null, null), (l.Page, l.Confidence)));
    }

    // Issue 14: a 10 MB page (the upload limit) of 3.5 million tags took the ingest past 1 GB and crashed it.
    [Fact]
    public void Read_PageOfMillionsOfTags_RefusedWithItsReason()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<b>", 3_400_000)) + "</body></html>";
        var decoded = Formats.Read("trang.html", ".html", Encoding.UTF8.GetBytes(html));
        Assert.Equal(DecodeMessages.HtmlTooManyTags("trang.html", HtmlPage.MaxTags), decoded.Error);
    }

    [Fact]
    public void Read_TablesNestedFifteenThousandDeep_ReadsTheirText()
    {
        const int depth = 15_000; // 90,000 tags, within the limit; each level recursed and copied its content
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>", depth)) + "Sở Công Thương đạt 88,4%"
            + string.Concat(Enumerable.Repeat("</td></tr></table>", depth)) + "</body></html>";
        var decoded = Formats.Read("trang.html", ".html", Encoding.UTF8.GetBytes(html));
        Assert.Null(decoded.Error);
        Assert.Contains("Sở Công Thương đạt 88,4%", decoded.Lines.Select(l => l.Text));
    }
}
