using System.Text;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Analytics.Tests.Export;

public class TableFileTests
{
    [Fact]
    public void Of_CriterionBars_RowPerCriterionWithGapAndNulls()
    {
        var table = ChartTable.Of(Samples.Bars);
        Assert.Equal(["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)", "So với 90% (điểm)"], table.Columns);
        Assert.Equal(["Chỉ số chung", 88.4m, 87m, -1.6m], table.Rows[0]);
        Assert.Equal(["Tiếp cận dịch vụ", 85.67m, null, -4.33m], table.Rows[1]);
        Assert.Equal(["Thủ tục hành chính", null, null, null], table.Rows[^1]);
        Assert.Equal("Chỉ số hài lòng theo tiêu chí — Sở Công Thương · Khánh Hòa · 2024", table.Title);
    }

    [Fact]
    public void Of_Ranks_YearRowsUnitColumns()
    {
        var table = ChartTable.Of(Samples.ProvinceRanks);
        Assert.Equal("Hà Nội (hạng)", table.Columns[^1]);
        Assert.Equal([2019, 1, null, null, 13, null, 52], table.Rows[0]);
    }

    [Fact]
    public void Csv_Bars_Utf8BomNumbersWithDotEmptyForMissing()
    {
        var bytes = CsvFile.Write(ChartTable.Of(Samples.Bars));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Tiêu chí,Giá trị (%),Mục tiêu (%),So với 90% (điểm)", lines[0]);
        Assert.Equal("Tiếp cận dịch vụ,85.67,,-4.33", lines[2]);
        Assert.Equal("Thủ tục hành chính,,,", lines[7]);
    }

    [Fact]
    public void CsvForExcel_Bars_Utf8BomSemicolonsDecimalCommas()
    {
        var bytes = CsvFile.WriteForExcel(ChartTable.Of(Samples.Bars with
        {
            Bars = [.. Samples.Bars.Bars, new CriterionBar("Tiếp nhận; xử lý \"phản ánh\"", 87.39m, null, Derived: true)],
        }));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Tiêu chí;Giá trị (%);Mục tiêu (%);So với 90% (điểm)", lines[0]);
        Assert.Equal("Chỉ số chung;88,4;87;-1,6", lines[1]);
        Assert.Equal("Tiếp cận dịch vụ;85,67;;-4,33", lines[2]);
        Assert.Equal("Thủ tục hành chính;;;", lines[7]);
        Assert.Equal("\"Tiếp nhận; xử lý \"\"phản ánh\"\"\";87,39*;;-2,61", lines[8]);
        Assert.Equal("* Giá trị suy ra từ mức thay đổi đã nêu.", lines[9]);
    }

    [Fact]
    public void Of_ParIndexCriteria_NoGapTo90Column()
    {
        var par = Samples.Bars with { Header = Samples.Bars.Header with { IndexCode = "PAR_INDEX" } };
        var table = ChartTable.Of(par);
        Assert.Equal(["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)"], table.Columns);
        Assert.Equal(["Chỉ số chung", 88.4m, 87m], table.Rows[0]);
    }

    [Fact]
    public void Csv_TextThatLooksLikeAFormula_IsInert()
    {
        var table = new ChartTable("t", [], ["Đơn vị", "Ghi chú"], [["=HYPERLINK(\"http://x\")", "Sở A, Sở B"], ["-1+1", "@SUM(A1)"]]);
        var lines = Encoding.UTF8.GetString(CsvFile.Write(table)[3..]).Split("\r\n");
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\")\",\"Sở A, Sở B\"", lines[1]);
        Assert.Equal("'-1+1,'@SUM(A1)", lines[2]);
    }

    [Fact]
    public void Xlsx_NoMarkedCell_ValidWithoutAListOfNumberFormats()
    {
        var table = ChartTable.Of(Samples.Bars);
        Assert.Empty(table.Notes);                                                            // stated figures only
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write([table])), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Null(doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats);
    }

    [Fact]
    public void Xlsx_AllSamples_ValidNumbersAsNumbersTextAsText()
    {
        var tables = Samples.All.Select(s => ChartTable.Of(s.Chart)).ToList();
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write(tables)), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(tables.Count, sheets.Count);
        Assert.Equal("Bảng 1", sheets[0].Name!.Value);
        var rows = ((WorksheetPart)doc.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(tables[0].Title, rows[0].Descendants<Cell>().Single().InnerText);
        var access = rows.Single(r => r.Elements<Cell>().First().InnerText == "Tiếp cận dịch vụ").Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, access[1].DataType!.Value);
        Assert.Equal(85.67m, decimal.Parse(access[1].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(access[2].CellValue); // no target: an empty cell, not 0
        Assert.Equal(-4.33m, decimal.Parse(access[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Frame_Ranks_TypedColumnsNullsAndDerivedCells()
    {
        var chart = Samples.ProvinceRanks with { Lines = [new RankLine("Hà Nội", [52, 33, null, null, null, 11], [true, false, false, false, false, false])] };
        var frame = TableFrame.Of(ChartTable.Of(chart));
        Assert.Equal(["Năm", "Hà Nội (hạng)"], frame.Frame.Columns.Select(c => c.Name));
        Assert.All(frame.Frame.Columns, c => Assert.Equal(typeof(int), c.DataType));
        Assert.Equal((6L, 2019, 52, null), (frame.Frame.Rows.Count, frame.Cell(0, 0), frame.Cell(0, 1), frame.Cell(2, 1)));
        Assert.Equal([KeyValuePair.Create((0L, 1), "*")], frame.Marks);
        var bars = TableFrame.Of(ChartTable.Of(Samples.Bars)).Frame;
        Assert.Equal([typeof(string), typeof(decimal), typeof(decimal), typeof(decimal)], bars.Columns.Select(c => c.DataType));
        Assert.Equal(-4.33m, bars.Columns["So với 90% (điểm)"][1]);
    }

    [Fact]
    public void Xlsx_HostileText_StoredAsInlineString()
    {
        var table = new ChartTable("t\u0001", [], ["a"], [["=1+1<x>&\u0007"]]);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write([table])), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var cell = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().Last();
        Assert.Equal(CellValues.InlineString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal("=1+1<x>&", cell.InnerText);
    }
}
