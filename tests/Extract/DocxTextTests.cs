using System.IO.Compression;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Analytics.Tests.Extract;

/// <summary>A .docx built here with OpenXml goes through the same parser as the text shapes.</summary>
public class DocxTextTests
{
    private static MemoryStream Docx(params OpenXmlElement[] blocks)
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
        }
        stream.Position = 0;
        return stream;
    }

    private static Paragraph P(params string[] runs) => new(runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve })));

    private static TableRow Row(params string[][] cells) =>
        new(cells.Select(paragraphs => new TableCell(paragraphs.Select(t => P(t)))));

    private static MemoryStream Plan() => Docx(
        P("Số: 23/KH-SCT"),
        P("Khánh Hòa, ngày 25 tháng 3 năm 2025"),
        P("KẾ HOẠCH"),
        P("Nâng cao Chỉ số hài lòng đối với sự phục vụ của Sở Công Thương năm 2025"),
        P("- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt ", "85,67%", " (xếp hạng 9/18, giảm 4 bậc);"),
        new Table(
            Row(["STT"], ["Công việc"], ["Đơn vị chủ trì"], ["Thời gian"]),
            Row(["I"], ["Tiêu chí 1: Mức độ tiếp cận dịch vụ"], [], []),
            Row(["1"], ["- Công khai thủ tục hành chính;", "- Hướng dẫn cách thức đăng ký"], ["Văn phòng Sở chủ trì"], ["Thường xuyên"])));

    [Fact]
    public void ReadLines_ParagraphsAndTableRows_AsLines()
    {
        var result = DocxText.ReadLines(Plan(), "plan.docx");
        Assert.Empty(result.Findings);
        Assert.Equal("- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, giảm 4 bậc);", result.Lines[4]);
        Assert.Equal("STT\tCông việc\tĐơn vị chủ trì\tThời gian", result.Lines[5]);
        Assert.Equal("1\t- Công khai thủ tục hành chính; - Hướng dẫn cách thức đăng ký\tVăn phòng Sở chủ trì\tThường xuyên", result.Lines[7]);
    }

    [Fact]
    public void Parse_DocxRoundTrip_SameReadingAsText()
    {
        var lines = DocxText.ReadLines(Plan(), "plan.docx").Lines;
        var e = PlanParser.Parse("plan.docx", lines);
        Assert.Equal(("plan", "Sở Công Thương", "Khánh Hòa", 2025, "23/KH-SCT"),
            (e.Document.Kind, e.Document.Issuer, e.Document.Province, e.Document.Year, e.Document.Number));
        Assert.Equal([(2024, "access", 85.67m, 9), (2023, "access", (decimal?)null, 5)],
            e.Observations.Select(o => (o.Year, o.Criterion, o.ValuePct, o.Rank ?? 0)));
        var task = Assert.Single(e.Tasks);
        Assert.Equal(("I. Tiêu chí 1: Mức độ tiếp cận dịch vụ", "Văn phòng Sở", "Thường xuyên", 8),
            (task.Section, task.LeadUnit, task.Timeline, task.Source.Line));
        Assert.Equal(["access"], task.Criteria);
    }

    [Fact]
    public void ReadLines_AutomaticNumbering_WrittenOut()
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.UpperRoman }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2." }) { LevelIndex = 1 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%2.%3." }) { LevelIndex = 2 })
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            main.Document = new Document(new Body(
                Numbered(0, "NÂNG CAO CHỈ SỐ HÀI LÒNG"), Numbered(1, "Đối với người dân"), Numbered(2, "Rà soát TTHC"),
                Numbered(2, "Hỗ trợ khách hàng"), Numbered(1, "Về cơ sở vật chất"), Numbered(2, "Cải thiện không gian"),
                Numbered(0, "NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH")));
        }
        stream.Position = 0;
        Assert.Equal(
            ["I. NÂNG CAO CHỈ SỐ HÀI LÒNG", "1. Đối với người dân", "1.1. Rà soát TTHC", "1.2. Hỗ trợ khách hàng",
             "2. Về cơ sở vật chất", "2.1. Cải thiện không gian", "II. NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"],
            DocxText.ReadLines(stream).Lines);
    }

    private static Paragraph Numbered(int level, string text) => new(
        new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
        new Run(new Text(text)));

    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "empty", [] },
        { "not a zip", "Đây không phải tệp Word"u8.ToArray() },
        { "zip without a document", ZipWith("hello.txt", "xin chào") },
        { "truncated docx", Truncated() },
    };

    [Theory, MemberData(nameof(Unreadable))]
    public void ReadLines_Unreadable_FindingNotException(string _, byte[] bytes)
    {
        var result = DocxText.ReadLines(new MemoryStream(bytes), "bad.docx");
        Assert.Empty(result.Lines);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("bad.docx", Severities.Error), (finding.File, finding.Severity));
    }

    [Fact]
    public void ReadLines_TextBeyondLimit_StopsWithFinding()
    {
        var result = DocxText.ReadLines(Docx(P(new string('a', 600)), P(new string('b', 600))), "big.docx", maxChars: 1000);
        Assert.Single(result.Lines);
        Assert.Equal(ReaderMessages.DocxTooLarge(1000), Assert.Single(result.Findings).Message);
    }

    private static byte[] ZipWith(string name, string content)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write(content);
        return stream.ToArray();
    }

    private static byte[] Truncated()
    {
        var whole = Plan().ToArray();
        return whole[..(whole.Length / 2)];
    }
}
