using Analytics.Pipeline.Extract.Results;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Results;

public class XlsxRowsTests
{
    [Theory]
    [InlineData("A1", 0, 1)]
    [InlineData("I4", 8, 4)]
    [InlineData("AB12", 27, 12)]
    public void Position_Reference_GivesColumnAndRow(string reference, int column, int row) =>
        Assert.Equal((column, row), XlsxRows.Position(reference));

    [Fact]
    public void ReadXlsx_FormulaWithoutCachedValueAndErrorCell_AreReportedAndReadAsEmpty()
    {
        var bytes = Workbook(s => [
            new Row(XlsxCells.Text(s, "A1", "KẾT QUẢ CHỈ SỐ HÀI LÒNG NĂM 2024 TỈNH KHÁNH HÒA")) { RowIndex = 1 },
            new Row(XlsxCells.Text(s, "A2", "Đơn vị"), XlsxCells.Text(s, "B2", "Tiếp cận dịch vụ"), XlsxCells.Text(s, "C2", "Chỉ số hài lòng")) { RowIndex = 2 },
            new Row(XlsxCells.Text(s, "A3", "Sở Thử nghiệm A"), XlsxCells.Formula("B3", "AVERAGE(X1:X9)", null), XlsxCells.Number("C3", 91.31m)) { RowIndex = 3 },
            new Row(XlsxCells.Text(s, "A4", "Sở Thử nghiệm B"), XlsxCells.Number("B4", 88.4m),
                new Cell { CellReference = "C4", DataType = CellValues.Error, CellValue = new CellValue("#DIV/0!") }) { RowIndex = 4 },
        ]);
        var x = ResultsReader.ReadXlsx("odd.xlsx", new MemoryStream(bytes));
        Assert.Equal(
            ["odd.xlsx:3: warning: cell Bảng!B3 has a formula but no cached value (open and save the file in Excel): cell read as empty",
             "odd.xlsx:4: warning: cell Bảng!C4 holds the error #DIV/0!: cell read as empty"],
            x.Findings.Select(f => f.ToString()));
        Assert.Equal([("Sở Thử nghiệm A", "overall", 91.31m), ("Sở Thử nghiệm B", "access", 88.4m)],
            x.Observations.Select(o => (o.Unit, o.Criterion, o.ValuePct!.Value)));
    }

    [Fact]
    public void ReadXlsx_SheetWithoutTable_WarnsAndOtherSheetsAreRead()
    {
        var x = ResultsReaderTests.Read("khanh_hoa_2024_synthetic.xlsx");
        Assert.Equal(54, x.Observations.Count);
        Assert.Equal("sheet 'Ghi chú' holds no results table: sheet not read", Assert.Single(x.Findings).Message);
    }

    [Fact]
    public void ReadXlsx_HugeMergedRangeAndFarCells_AreBounded()
    {
        var bytes = Workbook(s => [
            new Row(XlsxCells.Text(s, "A1", "KẾT QUẢ CHỈ SỐ HÀI LÒNG NĂM 2024 TỈNH KHÁNH HÒA"), XlsxCells.Text(s, "XFD1", "xa")) { RowIndex = 1 },
            new Row(XlsxCells.Text(s, "A2", "Đơn vị"), XlsxCells.Text(s, "B2", "Chỉ số hài lòng")) { RowIndex = 2 },
            new Row(XlsxCells.Text(s, "A3", "Sở Thử nghiệm A"), XlsxCells.Number("B3", 91.31m)) { RowIndex = 3 },
        ], "A1:XFD1048576");
        var x = ResultsReader.ReadXlsx("huge.xlsx", new MemoryStream(bytes));
        Assert.Equal(("Sở Thử nghiệm A", 91.31m), x.Observations.Select(o => (o.Unit, o.ValuePct!.Value)).Single());
    }

    private static byte[] Workbook(Func<XlsxStrings, IEnumerable<Row>> rows, string? merged = null)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            var strings = new XlsxStrings(book.AddNewPart<SharedStringTablePart>());
            var part = book.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows(strings)));
            if (merged is not null) part.Worksheet.Append(new MergeCells(new MergeCell { Reference = merged }));
            book.Workbook.Sheets!.Append(new Sheet { Name = "Bảng", SheetId = 1, Id = book.GetIdOfPart(part) });
            strings.Save();
        }
        return stream.ToArray();
    }
}
