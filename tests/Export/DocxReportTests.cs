using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Analytics.Tests.Export;

public class DocxReportTests
{
    private static readonly Lazy<(Report Report, byte[] Docx)> Built = new(() =>
    {
        var figures = new ChartSpec[] { Samples.Bars, Samples.Ranks, Samples.Heatmap }
            .Select(c => new ReportFigure(c, ChartPng.Render(c))).ToList();
        var extra = new ChartTable("Tiêu chí yếu", ["002_cafea9ff515821b6.txt"], ["Tiêu chí", "Giá trị (%)"], [["Tiếp cận dịch vụ", 85.67m]]);
        var report = new Report("Sở Công Thương", "Khánh Hòa", 2024, "Chỉ số hài lòng (SIPAS)", Samples.Date, figures, [extra]);
        return (report, DocxReport.Write(report));
    });

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Built.Value.Docx), false);

    [Fact]
    public void Write_Report_PassesTheOpenXmlValidator()
    {
        using var doc = Open();
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Write_Report_HoldsEveryImageAtPrintWidth()
    {
        using var doc = Open();
        var images = doc.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(3, images.Count);
        var extents = doc.MainDocumentPart.Document.Descendants<DW.Extent>().ToList();
        Assert.All(extents, e => Assert.Equal(16 * 360000L, e.Cx!.Value));
        for (var i = 0; i < 3; i++)
        {
            var (w, h) = ChartPng.Size(Built.Value.Report.Figures[i].Png);
            Assert.Equal(16 * 360000.0 * h / w, extents[i].Cy!.Value, 1.0);
        }
        Assert.Equal("Chỉ số hài lòng theo tiêu chí. Sở Công Thương · Khánh Hòa · 2024",
            doc.MainDocumentPart.Document.Descendants<DW.DocProperties>().First().Description!.Value);
    }

    [Fact]
    public void Write_Report_NumberedVietnameseCaptionsHeadingAndSources()
    {
        using var doc = Open();
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Chỉ số hài lòng (SIPAS): Sở Công Thương", paragraphs[0]);
        Assert.Equal("Tỉnh Khánh Hòa · Năm 2024 · Ngày lập: 25/03/2025", paragraphs[1]);
        Assert.Equal(["Hình 1. Chỉ số hài lòng theo tiêu chí", "Hình 2. Thứ hạng các tiêu chí trong khối sở, ban, ngành (18 đơn vị)",
            "Hình 3. Khoảng cách tới 90% theo tiêu chí"], paragraphs.Where(p => p.StartsWith("Hình ")));
        Assert.Equal(4, paragraphs.Count(p => p.StartsWith("Bảng ")));
        Assert.Contains("Bảng 4. Tiêu chí yếu", paragraphs);
        Assert.Contains("– 002_cafea9ff515821b6.txt", paragraphs);
        Assert.Contains("– sipas_units_in_provinces.csv", paragraphs);
    }

    [Fact]
    public void Write_Report_CaptionNumbersAreSeqFieldsWordRenumbers()
    {
        using var doc = Open();
        var fields = doc.MainDocumentPart!.Document.Body!.Descendants<SimpleField>()
            .Select(f => (f.Instruction!.Value!.Trim(), f.InnerText)).ToList();
        Assert.Equal([("SEQ Hình \\* ARABIC", "1"), ("SEQ Bảng \\* ARABIC", "1"), ("SEQ Hình \\* ARABIC", "2"), ("SEQ Bảng \\* ARABIC", "2"),
            ("SEQ Hình \\* ARABIC", "3"), ("SEQ Bảng \\* ARABIC", "3"), ("SEQ Bảng \\* ARABIC", "4")], fields);
        Assert.All(doc.MainDocumentPart.Document.Body.Descendants<SimpleField>(),
            f => Assert.Equal(DocxStyles.Caption, ((Paragraph)f.Parent!).ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public void Write_Report_TablesUseVietnameseNumbersAndMarkMissing()
    {
        using var doc = Open();
        var first = doc.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var rows = first.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["Tiếp cận dịch vụ", "85,67", "—", "-4,33"], rows[2]);
        Assert.Equal(["Thủ tục hành chính", "—", "—", "—"], rows[^1]);
        Assert.NotNull(first.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
    }

    public static TheoryData<object?, string> Cells => new()
    {
        { 88.4m, "88,4" }, { 1234.5m, "1.234,5" }, { 7, "7" }, { null, "—" }, { "Sở\u0007 Tư pháp", "Sở Tư pháp" },
    };

    [Theory, MemberData(nameof(Cells))]
    public void Format_Cell_AsWrittenInTheTable(object? cell, string expected) => Assert.Equal(expected, DocxReport.Format(cell));
}
