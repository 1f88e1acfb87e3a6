using Analytics.Fuzz;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using static Analytics.Pipeline.Extract.Decode.DecodeLimits;

namespace Analytics.Tests.Extract.Decode;

/// <summary>Issue 14: PDFs small on disk that cost PdfPig gigabytes or minutes are refused before it decodes or lays them
/// out, each with the page and the budget it passed, or, when one page alone passes a page's budget, that page is left out
/// with a warning naming it and the others read; the real PDFs stay far inside the budgets.</summary>
public class PdfBudgetTests
{
    public static TheoryData<string, Func<byte[]>, string> Bombs => new()
    {
        { "a content stream inflating to 24 MB", () => PdfBombs.Inflating(24), DecodeMessages.PdfStreamTooLarge("x.pdf", 4, MaxPdfStreamBytes) },
        { "the same written as hexadecimal", () => PdfBombs.HexInflating(24), DecodeMessages.PdfStreamTooLarge("x.pdf", 4, MaxPdfStreamBytes) },
        { "1,000 pages of one stream of 8,000 lines, each left out", () => PdfBombs.Shared(), DecodeMessages.PdfTooMuchContent("x.pdf", 176, MaxPdfContentBytes) },
        { "a form drawing itself", () => PdfBombs.SelfDrawingForm(), DecodeMessages.PdfDamaged("x.pdf", $"form 5 draws itself or is nested more than {MaxPdfFormDepth} deep") },
        { "a font file inflating to 24 MB", () => PdfBombs.FontFile(24), DecodeMessages.PdfStreamTooLarge("x.pdf", 7, MaxPdfStreamBytes) },
        { "1,000 pages of 1.5 MB of comments", () => PdfBombs.SharedComments(1000, 1536), DecodeMessages.PdfTooMuchContent("x.pdf", 43, MaxPdfContentBytes) },
    };

    [Theory, MemberData(nameof(Bombs))]
    public void Read_PdfBomb_RefusedWithItsPageAndBudget(string what, Func<byte[]> make, string reason)
    {
        var bytes = make();
        Assert.True(bytes.Length < 200 * 1024, $"{what}: {bytes.Length} bytes");
        var x = DocumentReader.Read("x.pdf", bytes);
        Assert.True(x.Failed, what);
        Assert.Equal(reason, Assert.Single(x.Findings).Message);
    }

    public static TheoryData<string, Func<byte[]>, string> HeavyPages => new()
    {
        { "a page of 3 million glyphs", () => PdfBombs.Glyphs(3_000), DecodeMessages.PdfPageTooMuchContent("x.pdf", 1, MaxPdfPageContentBytes) },
        { "a page of 60,000 glyphs", () => PdfBombs.Glyphs(60), DecodeMessages.PdfPageTooManyGlyphs("x.pdf", 1, MaxPdfPageGlyphs) },
        { "a form of 1,000 glyphs drawn 100 times", () => PdfBombs.Forms(100), DecodeMessages.PdfPageTooManyGlyphs("x.pdf", 1, MaxPdfPageGlyphs) },
        { "a form drawn 20,000 times", () => PdfBombs.Forms(), DecodeMessages.PdfPageTooMuchContent("x.pdf", 1, MaxPdfPageContentBytes) },
    };

    [Theory, MemberData(nameof(HeavyPages))]
    public void Read_OnlyPageOverItsBudget_LeftOutWithItsReason(string what, Func<byte[]> make, string reason)
    {
        var x = DocumentReader.Read("x.pdf", make());
        Assert.Equal([(Severities.Warning, reason), (Severities.Error, ReaderMessages.NothingRecognised)],
            x.Findings.Select(f => (f.Severity, f.Message)).ToList());
        Assert.True(x.Failed, what);
    }

    [Fact]
    public void Read_HeavyPageBetweenPagesOfText_LeavesOutThatPageOnly()
    {
        var pdf = PdfText.Read("x.pdf", PdfBombs.OneHeavyPage());
        Assert.Null(pdf.Error);
        Assert.Equal([1, 3], pdf.Pages.Select(p => p.Number));
        Assert.All(pdf.Pages, p => Assert.Equal(["Ke hoach cai cach hanh chinh nam 2024 cua tinh"], p.Lines));
        Assert.Equal([DecodeMessages.PdfPageTooManyGlyphs("x.pdf", 2, MaxPdfPageGlyphs)], pdf.LeftOut);
    }

    [Fact]
    public void Check_ThousandPagesOfOneStream_StopsAtTheDocumentsGlyphBudget()
    {
        // 1,000 pages of 45,000 glyphs each: every page fits, the document passes 4 million at page 89 (measured, not laid out).
        using var pdf = PdfDocument.Open(PdfBombs.Shared(lines: 1_000));
        var budget = new PdfBudget("x.pdf", pdf);
        var page = Enumerable.Range(1, 1000).First(n => budget.Check(n) is not null);
        Assert.Equal(PdfVerdict.Refuse(DecodeMessages.PdfTooManyGlyphs("x.pdf", page, MaxPdfGlyphs)), budget.Check(page));
        Assert.InRange(page, 80, 100);
    }

    public static TheoryData<string> RealPdfs => new(Directory.GetFiles(RepoPaths.Fixtures("corpus"), "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName)!);

    [Theory, MemberData(nameof(RealPdfs))]
    public void Check_RealPdf_FarInsideEveryBudget(string name)
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Directory.GetFiles(RepoPaths.Fixtures("corpus"), name, SearchOption.AllDirectories)[0]));
        var budget = new PdfBudget(name, pdf);
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(n => (Error: budget.Check(n), budget.Total)).ToList();
        Assert.All(pages, p => Assert.Null(p.Error));
        var costs = pages.Select((p, i) => (Content: p.Total.Content - (i > 0 ? pages[i - 1].Total.Content : 0), Glyphs: p.Total.Glyphs - (i > 0 ? pages[i - 1].Total.Glyphs : 0))).ToList();
        Assert.True(costs.Max(c => c.Content) < MaxPdfPageContentBytes / 10, $"{name}: {costs.Max(c => c.Content)} bytes of content on a page");
        Assert.True(costs.Max(c => c.Glyphs) < MaxPdfPageGlyphs / 5, $"{name}: {costs.Max(c => c.Glyphs)} glyphs on a page");
        // a 200-page document as dense as this one stays within half the document's budgets
        Assert.True(budget.Total.Glyphs * 200 / pdf.NumberOfPages < MaxPdfGlyphs / 2, $"{name}: {budget.Total.Glyphs} glyphs in {pdf.NumberOfPages} pages");
        Assert.True(budget.Total.Content * 200 / pdf.NumberOfPages < MaxPdfContentBytes / 2, $"{name}: {budget.Total.Content} bytes in {pdf.NumberOfPages} pages");
    }

    public static TheoryData<string, string[], string> Contents => new()
    {
        { "BT /F1 12 Tf (So) Tj [(a) -20 (bc)] TJ <0041 0042> Tj ET", [], "strings 10" }, // hex: digits and spaces halved, a bound
        { "q /X0 Do Q /X0 Do /Im1 Do 1 0 0 1 0 0 cm", ["Im1 1", "X0 2"], "strings 0" },
        { "% (not a string) /X0 Do\n(a\\)b (c)) Tj", [], "strings 7" },
        { "BI /W 4 /H 1 ID (((( /X Do EI /X1 Do", ["X1 1"], "strings 0" },
        { "/F1 12 Tf Do", [], "strings 0" },
    };

    [Theory, MemberData(nameof(Contents))]
    public void Scan_Content_CountsStringsAndDraws(string content, string[] draws, string strings)
    {
        var d = PdfDraws.Scan(System.Text.Encoding.Latin1.GetBytes(content));
        Assert.Equal(strings, $"strings {d.StringBytes}");
        Assert.Equal(draws, d.XObjects.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key} {x.Value}"));
    }

    [Theory, InlineData(1), InlineData(2), InlineData(3)]
    public void Decode_RandomLzwAndRunLength_SameBytesAsPdfPig(int seed)
    {
        var r = new Random(seed);
        var lzw = RandomLzw(r, 3_500); // the table grows past 512, 1,024 and 2,048 entries: every code width
        Assert.Equal(PdfPig(new LzwFilter(), lzw), PdfInflate.Decode(lzw, ["LZWDecode"], 64 << 20));
        var runs = Enumerable.Range(0, 200).SelectMany(_ => r.Next(256) is var n && n < 128
            ? [(byte)n, .. Enumerable.Range(0, n + 1).Select(_ => (byte)r.Next(256))] : n == 128 ? [] : new[] { (byte)n, (byte)r.Next(256) })
            .Append((byte)128).ToArray();
        Assert.Equal(PdfPig(new RunLengthFilter(), runs), PdfInflate.Decode(runs, ["RunLengthDecode"], 64 << 20));
        Assert.Null(PdfInflate.Decode(lzw, ["LZWDecode"], 1_000)); // past the budget: nothing
    }

    private static byte[] PdfPig(IFilter filter, byte[] data) => filter.Decode(data, DictionaryToken.Empty, DefaultFilterProvider.Instance, 0).ToArray();

    // Codes a decoder accepts (each at most the next entry), at the width it reads them, most significant bit first.
    private static byte[] RandomLzw(Random r, int count)
    {
        var bits = new List<bool>();
        void Put(int code, int width) => bits.AddRange(Enumerable.Range(0, width).Select(k => (code >> (width - 1 - k) & 1) == 1));
        int next = 258, width = 9, old = -1;
        Put(256, 9);
        for (var i = 0; i < count; i++)
        {
            var code = old < 0 ? r.Next(256) : r.Next(next + 1);
            if (code is 256 or 257) code = 'a';
            Put(code, width);
            if (old >= 0 && next < 4096) next++;
            old = code;
            if (next + 1 >= 1 << width && width < 12) width++;
        }
        Put(257, width);
        return bits.Chunk(8).Select(c => (byte)c.Select((b, k) => b ? 0x80 >> k : 0).Sum()).ToArray();
    }
}
