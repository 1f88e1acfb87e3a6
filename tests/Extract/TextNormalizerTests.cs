using System.Text;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Tests.Extract;

public class TextNormalizerTests
{
    public static TheoryData<string, string> CleanCases => new()
    {
        // legacy PDF glyphs
        { "Mức độ hài lòng của ngƣời dân", "Mức độ hài lòng của người dân" },
        { "ƢU TIÊN", "ƯU TIÊN" },
        // decomposed diacritics are composed (NFC)
        { "Nguyễn Trọng Hoàng".Normalize(NormalizationForm.FormD), "Nguyễn Trọng Hoàng" },
        // HTML: paragraphs, list items kept as "- " items, inline tags, attributes, entities, <br>
        { "<p>Cải thiện Chi số Tiếp cận dịch vụ</p>", "Cải thiện Chi số Tiếp cận dịch vụ" },
        { "<ul style=\"list-style-type: none\"><li>- Các phòng thực hiện;</li><li>Văn phòng Sở theo dõi</li></ul>", "- Các phòng thực hiện; - Văn phòng Sở theo dõi" },
        { "<b>VIII</b>", "VIII" },
        { "<i>trang thông tin điện tử của Sở)</i>", "trang thông tin điện tử của Sở)" },
        { "a<br>b<br/>c", "a b c" },
        { "Sở KH&amp;ĐT &lt;Khánh Hòa&gt;", "Sở KH&ĐT <Khánh Hòa>" },
        { "Sở KH&ĐT", "Sở KH&ĐT" },
        // markdown markers
        { "## **II. NHIỆM VỤ, GIẢI PHÁP**", "II. NHIỆM VỤ, GIẢI PHÁP" },
        { "*(Theo Phụ lục đính kèm)*", "(Theo Phụ lục đính kèm)" },
        { "đạt **88,4%**", "đạt 88,4%" },
        // whitespace collapsed, odd spaces and zero-width characters
        { "  Số:\t  /KH-SCT \u00A0 Gia Lai\u200B ", "Số: /KH-SCT Gia Lai" },
    };

    [Theory, MemberData(nameof(CleanCases))]
    public void Clean_Input_GivesStoredText(string raw, string expected) => Assert.Equal(expected, TextNormalizer.Clean(raw));

    [Fact]
    public void Line_KeepsTabsAndMarkup_MapsGlyphs() =>
        Assert.Equal("1\t<p>ngư</p>", TextNormalizer.Line("1\t<p>ngƣ</p>   "));

    [Fact]
    public void Blocks_ParagraphsAndItems_OnePerBlock() =>
        Assert.Equal(["hẹn lại thời gian.", "- Tuân thủ nguyên tắc", "- Thông báo"],
            HtmlText.Blocks("<p>hẹn lại thời gian.</p> <p>- Tuân thủ nguyên tắc</p><ul><li>Thông báo</li></ul>"));

    [Fact]
    public void Blocks_NotATag_KeptAsText() => Assert.Equal(["a < b và c > d"], HtmlText.Blocks("a < b và c > d"));
}
