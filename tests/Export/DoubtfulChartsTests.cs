using System.Xml.Linq;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Export;

/// <summary>
/// A doubtful figure (documents disagree ≠, low-confidence OCR ?, its source's remark ~) carries its marks on every chart
/// kind, as in the tables: written after its value or beside its point, each mark the chart shows explained in the
/// legend, and said in the chart's description; a chart without such figures says none of it.
/// </summary>
public class DoubtfulChartsTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private static readonly ChartHeader Header = ChartHeader.For("Biểu đồ", "Sở Công Thương", "Khánh Hòa", 2024, ["002.txt"], Samples.Date);

    private static ChartSpec Kind(string kind, string? marks) => kind switch
    {
        "criterion" => new CriterionBarsChart(Header, [new("Chỉ số chung", 88.4m, 90m), new("Tiếp cận dịch vụ", 85.67m, null, Marks: marks)]),
        "grouped" => new GroupedBarsChart(Header, ["Chỉ số chung", "Tiếp cận dịch vụ"],
            [new("Sở Công Thương", [88.4m, 85.67m], Marks: [null, marks]), new("Sở Tư pháp", [92m, 91m])]),
        "trend" => new TrendChart(Header, [2023, 2024], [new("Tiếp cận dịch vụ", [84m, 85.67m], Marks: [null, marks])]),
        "rank" => new RankChart(Header, [2023, 2024], [new("Tiếp cận dịch vụ", [5, 9], Marks: [null, marks]), new("Chỉ số chung", [6, 7])], null),
        "heatmap" => new HeatmapChart(Header, ["Sở Công Thương", "Sở Tư pháp"], ["Tiếp cận dịch vụ"], [[85.67m], [92m]],
            Marks: [[marks], [null]]),
        "multiples" => new SmallMultiplesChart(Header, "Tiếp cận dịch vụ", [2023, 2024],
            [new("Sở Công Thương", [84m, 85.67m], Marks: [null, marks]), new("Sở Tư pháp", [91m, 92m])]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TheoryData<string, string> Kinds => new()
    {
        // the chart kind; the text that carries the marks of the doubtful figure (85,67% in 2024, or rank 9)
        { "criterion", "85,67% ≠~ (−4,33)" },
        { "grouped", "85,67% ≠~" },
        { "trend", "≠~" },
        { "rank", "≠~" },
        { "heatmap", "85,67%≠~" },
        { "multiples", "≠~" },
    };

    [Theory, MemberData(nameof(Kinds))]
    public void Chart_DoubtfulFigure_MarkedExplainedAndDescribed(string kind, string marked)
    {
        var svg = SvgText.Parse(ChartSvg.Render(Kind(kind, "≠~")));
        var texts = SvgText.Texts(svg).ToList();
        Assert.Contains(marked, texts);
        Assert.Contains("≠ Các văn bản nêu số khác nhau", texts);
        Assert.Contains("~ Chính nguồn ghi chú số này chưa chắc chắn", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("? ", StringComparison.Ordinal));   // no OCR doubt shown, none explained
        Assert.Contains("(các văn bản nêu số khác nhau; chính nguồn ghi chú số này chưa chắc chắn)", Desc(svg));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Chart_NoDoubtfulFigure_NoMarkNoLegend(string kind, string marked)
    {
        var svg = SvgText.Parse(ChartSvg.Render(Kind(kind, null)));
        var texts = SvgText.Texts(svg).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('≠') || t.Contains('~'));
        Assert.DoesNotContain(marked, texts);
        Assert.DoesNotContain("chưa chắc chắn", Desc(svg));
    }

    /// <summary>data/sipas_provinces.csv line 18: Cần Thơ's 2020 SIPAS, 84, with the remark "value rounded to integer by
    /// source"; the pack of Cần Thơ 2020 marks that value ~ on its criterion chart, not its rank (38/63, no remark on it).</summary>
    [Fact]
    public void Pack_SourceRemarkOnTheDefaultData_MarksTheValueOnTheChart()
    {
        using var con = seeds.Connect();
        var export = UnitPack.Read(con, new ExportRequest("Cần Thơ", "Cần Thơ", 2020), Samples.Date)!;
        var bars = Assert.IsType<CriterionBarsChart>(export.Charts.Single(c => c.Stem.Split('-', 3)[2] == "tieu-chi").Chart);
        Assert.Equal(new CriterionBar("Chỉ số chung", 84m, null, false, "~"), bars.Bars[0]);
        var svg = SvgText.Parse(ChartSvg.Render(bars));
        Assert.Contains("84% ~ (−6)", SvgText.Texts(svg));
        Assert.Contains("Chỉ số chung: 84% (chính nguồn ghi chú số này chưa chắc chắn)", Desc(svg));
    }

    /// <summary>The chart's own table (CSV, XLSX, Word) carries the same marks: Sở Công Thương's 2024 results and feedback,
    /// which seeds/002's body and appendix state differently (90,61 or 89,78; 87,39 or 89,78), are written with ≠ and
    /// the table ends with what ≠ means; the stated, undisputed 85,67 is written plain.</summary>
    [Fact]
    public void ChartTable_ConflictingFiguresOnTheDefaultData_CarryTheirMark()
    {
        using var con = seeds.Connect();
        var chart = UnitPack.Read(con, UnitPackTests.Sct, Samples.Date)!.Charts.Single(c => c.Stem.Split('-', 3)[2] == "tieu-chi").Chart;
        var table = ChartTable.Of(chart);
        var csv = System.Text.Encoding.UTF8.GetString(CsvFile.Write(table)).Split("\r\n");
        Assert.Contains(csv, l => l.StartsWith("Kết quả giải quyết công việc,90.61≠,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Tiếp nhận và xử lý phản ánh kiến nghị,87.39≠,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("Tiếp cận dịch vụ,85.67,", StringComparison.Ordinal));
        Assert.Equal("≠ Các văn bản nêu số khác nhau.", csv[^2]);                            // then the final line break
        Assert.Equal("90,61≠", DocxReport.Format(table.Rows.Single(r => Equals(r[0], "Kết quả giải quyết công việc"))[1]));
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write([table])), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(xlsx));
        var styles = xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = styles.NumberingFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var cellFormats = styles.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
        var shown = xlsx.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
            .Where(c => c.StyleIndex?.Value >= 4).Select(c => (c.CellValue!.Text, formats[cellFormats[(int)c.StyleIndex!.Value].NumberFormatId!.Value])).ToList();
        Assert.Equal([("90.61", "0.00\"≠\""), ("87.39", "0.00\"≠\"")], shown);                  // shown as 90,61≠ and 87,39≠
    }

    private static string Desc(XDocument svg) => svg.Root!.Element(SvgText.Ns + "desc")!.Value;
}
