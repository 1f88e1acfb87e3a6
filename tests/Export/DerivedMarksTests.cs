using System.Text;
using System.Xml.Linq;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Tests.Analyze;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Analytics.Tests.Export;

/// <summary>
/// Figures derived from a stated change are marked, stated ones are not, on the embedded default data: seeds/002 line 15
/// states Sở Công Thương's 2024 index 88,4% "tăng 1,47 %" (2023: 86,93%, derived) and lines 19–23 each criterion's 2024
/// rank with "giảm 4 bậc", "tăng 2 bậc", … (the 2023 ranks 5, 8, 7, 8, 11 are derived).
/// </summary>
public class DerivedMarksTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private static readonly ExportRequest Sct = UnitPackTests.Sct;

    private ChartSpec Chart(string stem)
    {
        using var con = seeds.Connect();
        return UnitPack.Read(con, Sct, Samples.Date)!.Charts.Single(c => c.Stem.Split('-', 3)[2] == stem).Chart; // "hinh-N-stem"
    }

    private static XDocument Svg(ChartSpec chart) => SvgText.Parse(ChartSvg.Render(chart));

    private static string Desc(XDocument svg) => svg.Root!.Element(SvgText.Ns + "desc")!.Value;

    /// <summary>Hollow circles (a derived figure of series 0, and the legend's sample of one) in the series' blue.</summary>
    private static int HollowBlue(XDocument svg) => svg.Descendants(SvgText.Ns + "ellipse")
        .Count(e => e.Attribute("fill")?.Value == "none" && e.Attribute("stroke")?.Value == "#0072B2");

    [Fact]
    public void Trend_Derived2023IndexIsHollow_Stated2024IsNot()
    {
        var svg = Svg(Chart("dien-bien"));
        Assert.Contains("Chỉ số chung: 2023 86,93%" + " (suy ra từ mức thay đổi đã nêu), 2024 88,4%;", Desc(svg));
        Assert.Contains("Tiếp cận dịch vụ: 2023 không có số liệu, 2024 85,67%", Desc(svg));
        Assert.Equal(1 + 1, HollowBlue(svg)); // the 2023 index, and the legend's sample
        Assert.Contains(Derived.ValueNote, SvgText.Texts(svg));
    }

    [Fact]
    public void Ranks_Derived2023RanksAreHollow_Stated2024AreNot()
    {
        var chart = (RankChart)Chart("thu-hang-tieu-chi");
        var y2023 = chart.Years.ToList().IndexOf(2023);
        var derived = chart.Lines.Where(l => l.IsDerived(y2023)).Select(l => (l.Name, l.Ranks[y2023])).ToList();
        Assert.Equal([("Tiếp cận dịch vụ", 5), ("Điều kiện đón tiếp", 8), ("Sự phục vụ của công chức", 7),
            ("Kết quả giải quyết công việc", 8), ("Tiếp nhận và xử lý phản ánh kiến nghị", 11)], derived);
        Assert.DoesNotContain(chart.Lines, l => l.IsDerived(chart.Years.ToList().IndexOf(2024)));
        var svg = Svg(chart);
        Assert.Equal(5, Desc(svg).Split("(suy ra từ mức thay đổi đã nêu)").Length - 1);
        Assert.Contains("Tiếp cận dịch vụ: 2023 hạng 5 (suy ra từ mức thay đổi đã nêu), 2024 hạng 9;", Desc(svg));
        Assert.Equal("Chỉ số chung", chart.Lines[0].Name); // series 0 (blue circles): its 2023 rank is stated, so filled
        Assert.Equal(1, HollowBlue(svg)); // only the legend's sample of a derived rank
        Assert.Contains(Derived.RankNote, SvgText.Texts(svg));
    }

    [Fact]
    public void Table_DerivedValueCarriesMarkAndNote_StatedDoesNot()
    {
        var table = ChartTable.Of(Chart("dien-bien"));
        var csv = Encoding.UTF8.GetString(CsvFile.Write(table)).Split("\r\n");
        Assert.StartsWith("2023,86.93*,", csv[1]);
        Assert.StartsWith("2024,88.40,", csv[2]);
        Assert.Equal("* Giá trị suy ra từ mức thay đổi đã nêu.", csv[3]);
        Assert.Equal("86,93*", DocxReport.Format(table.Rows[0][1]));
        Assert.Equal("88,4", DocxReport.Format(table.Rows[1][1]));
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write([table])), false);
        Assert.Empty(new OpenXmlValidator().Validate(xlsx));
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.Number);
        Assert.Equal(["86.93"], cells.Where(c => c.StyleIndex?.Value == 4).Select(c => c.CellValue!.Text)); // shown as 86,93*
    }

    [Fact]
    public void Bars_Stated2024Values_NotMarked()
    {
        var chart = (CriterionBarsChart)Chart("tieu-chi");
        Assert.All(chart.Bars, b => Assert.False(b.Derived));
        var svg = Svg(chart);
        Assert.Equal(0, HollowBlue(svg));
        Assert.DoesNotContain(Derived.ValueNote, SvgText.Texts(svg));
    }

    [Fact]
    public void Bars_2023_DerivedIndexIsHollow()
    {
        using var con = seeds.Connect();
        var chart = (CriterionBarsChart)UnitPack.Read(con, Sct with { Year = 2023 }, Samples.Date)!.Charts[0].Chart;
        Assert.Equal([new CriterionBar("Chỉ số chung", 86.93m, null, true)], chart.Bars.Where(b => b.Value is not null));
        var svg = Svg(chart);
        Assert.Equal(1 + 1, HollowBlue(svg));
        Assert.Contains("Chỉ số chung: 86,93% (suy ra từ mức thay đổi đã nêu) · ", Desc(svg));
        Assert.Contains(Derived.ValueNote, SvgText.Texts(svg));
    }
}
