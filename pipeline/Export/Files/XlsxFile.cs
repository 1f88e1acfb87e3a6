using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// Tables (each as a <see cref="TableFrame"/>: typed DataFrame columns) as an XLSX workbook, one sheet per table ("Bảng 1", …): title, sources, header, rows. Numbers are stored as
/// numbers (Excel shows them in the reader's locale: 85,67 in vi-VN); text as inline strings; no figure, an empty cell.
/// A derived figure stays a number, shown with its mark by its number format (0.00"*"), explained under the table.
/// </summary>
public static class XlsxFile
{
    private const uint Bold = 1, Decimal2 = 2, Integer = 3, DerivedDecimal2 = 4, DerivedInteger = 5;

    public static byte[] Write(IReadOnlyList<ChartTable> tables)
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            for (var i = 0; i < tables.Count; i++) AddSheet(workbook, TableFrame.Of(tables[i]), (uint)i + 1);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, TableFrame table, uint number)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        var count = table.Frame.Columns.Count;
        if (table.Mark is { } mark) data.Append(new Row(TextCell(mark, Bold)) { RowIndex = r++ }); // the sample's mark
        data.Append(new Row(TextCell(table.Title, Bold)) { RowIndex = r++ });
        data.Append(new Row(TextCell("Nguồn: " + string.Join("; ", table.Sources), 0)) { RowIndex = r++ });
        data.Append(new Row(table.Frame.Columns.Select(c => TextCell(c.Name, Bold))) { RowIndex = ++r });
        for (long row = 0; row < table.Frame.Rows.Count; row++)
        {
            var at = row;
            data.Append(new Row(Enumerable.Range(0, count).Select(c => Cell(table.Cell(at, c), table.IsDerived(at, c)))) { RowIndex = ++r });
        }
        if (table.DerivedNote is { } note) data.Append(new Row(TextCell(note, 0)) { RowIndex = r + 2 });
        var columns = new Columns(new Column { Min = 1, Max = 1, Width = 42, CustomWidth = true });
        if (count > 1)
            columns.Append(new Column { Min = 2, Max = (uint)count, Width = 18, CustomWidth = true });
        part.Worksheet = new Worksheet(columns, data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = number, Name = $"Bảng {number}" });
    }

    private static Cell Cell(object? value, bool derived) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d), StyleIndex = derived ? DerivedDecimal2 : Decimal2 },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i), StyleIndex = derived ? DerivedInteger : Integer },
        _ => TextCell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), 0),
    };

    private static Cell TextCell(string? text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "0.00\"" + Derived.Mark + "\"" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "0\"" + Derived.Mark + "\"" }) { Count = 2 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },   // 0.00
                new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },     // 0
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },   // 0.00"*": derived
                new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })); // 0"*": derived
    }
}
