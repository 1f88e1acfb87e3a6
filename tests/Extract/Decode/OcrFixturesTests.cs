using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Analytics.Tests.Extract.Decode.DecodedFixtures;

namespace Analytics.Tests.Extract.Decode;

/// <summary>
/// Scanned PDFs and a picture, read by Tesseract (installed by scripts/setup-system.sh; these tests fail, never skip,
/// without it): the same figures as their source text, each with its page and the OCR confidence of its lines, every
/// one under the threshold warned about.
/// </summary>
public class OcrFixturesTests
{
    public static TheoryData<string, string, int> Scans => new()
    {
        { Pdf + "d08-gialai-sipas-par-2022-scan.pdf", Dev + "d08-gialai-sipas-par-2022.txt", 1 },
        { Pdf + "002_cafea9ff515821b6-scan.pdf", "seeds/002_cafea9ff515821b6.txt", 2 },
        { Pdf + "b01-thanhhoa-par-sobannganh-2023-page.png", Dev + "b01-thanhhoa-par-sobannganh-2023.txt", 1 },
    };

    [Theory, MemberData(nameof(Scans))]
    public void Read_Scan_SameFiguresAsTheText(string file, string text, int pages)
    {
        var x = Read(file);
        Assert.False(x.Failed, string.Join("; ", x.Findings));
        Assert.Equal(Figures(Read(text)), Figures(x));
        var note = Assert.Single(x.Findings, f => f.Line == 0);
        Assert.StartsWith($"{pages} of {pages} page(s) were read by OCR (Tesseract, Vietnamese", note.Message);
    }

    public static TheoryData<string, int> ScanPages
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var row in Scans) data.Add((string)row[0], (int)row[2]);
            return data;
        }
    }

    [Theory, MemberData(nameof(ScanPages))]
    public void Read_Scan_EveryFigureHasItsPageAndConfidence(string file, int pages)
    {
        var sources = Sources(Read(file)).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.InRange(s.Page ?? 0, 1, pages));
        Assert.All(sources, s => Assert.InRange(s.OcrConfidence ?? -1, 0.1m, 100m));
    }

    [Theory, MemberData(nameof(ScanPages))]
    public void Read_Scan_LowConfidenceFiguresWarnedAboutOneByOne(string file, int pages)
    {
        var x = Read(file);
        var low = x.Observations.Select(o => o.Source).Concat(x.Targets.Select(t => t.Source))
            .Where(s => s.OcrConfidence < DecodeLimits.LowConfidence).ToList();
        var warned = x.Findings.Where(f => f.Severity == Severities.Warning && f.Message.Contains(" was read by OCR with confidence ", StringComparison.Ordinal)).ToList();
        Assert.Equal(low.Select(s => (s.Line, s.Text)), warned.Select(w => (w.Line, w.Text!)));
        Assert.All(low, s => Assert.InRange(s.Page ?? 0, 1, pages));
        Assert.All(warned.Zip(low), p => Assert.EndsWith(
            $"was read by OCR with confidence {p.Second.OcrConfidence!.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}% (under 80%): check it against page {p.Second.Page} of the original",
            p.First.Message));
    }

    [Fact]
    public void Read_ScanWithASignatureBoxOverIt_ReadByOcrNotByItsFewWordsOfText()
    {
        // Signed scans from government portals: the page is a picture, with a few lines of text (the digital signature)
        // laid over it. Made here from the PNG fixture with PdfPig's writer: the picture over the whole A4 page.
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.AddPng(File.ReadAllBytes(Path.Combine(RepoPaths.Root, Pdf, "b01-thanhhoa-par-sobannganh-2023-page.png")), new PdfRectangle(0, 0, 595, 842));
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText("Nguoi ky: So Noi vu tinh Thanh Hoa", 7, new PdfPoint(400, 40), font);
        page.AddText("Email: snv@thanhhoa.gov.vn  Thoi gian ky: 06.02.2024 11:06:00 +07:00", 7, new PdfPoint(400, 30), font);
        var x = DocumentReader.Read("signed.pdf", builder.Build());
        Assert.Equal(Figures(Read(Dev + "b01-thanhhoa-par-sobannganh-2023.txt")), Figures(x));
        Assert.All(Sources(x), s => Assert.NotNull(s.OcrConfidence));
    }

    [Fact]
    public void Read_TwoPageScan_ALineWithAShortWordAlone_IsWarnedAbout()
    {
        // "(xếp hạng 10/18, **giảm 3" ends a line and "bậc**);" stands alone on the next: Tesseract reads it with a low
        // confidence, so the figure is loaded (its text is right) and warned about.
        var x = Read(Pdf + "002_cafea9ff515821b6-scan.pdf");
        var civil = x.Observations.First(o => o.Criterion == "civil_servants" && !o.IsDerived);
        Assert.True(civil.Source.OcrConfidence < DecodeLimits.LowConfidence, $"confidence {civil.Source.OcrConfidence}");
        Assert.Contains(x.Findings, f => f.Line == civil.Source.Line && f.Message.StartsWith("figure 89.78%, rank 10/18 (Sở Công Thương, 2024, SIPAS civil_servants) was read by OCR", StringComparison.Ordinal));
    }
}
