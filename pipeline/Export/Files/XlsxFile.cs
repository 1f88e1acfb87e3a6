using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// Tables (each as a <see cref="TableFrame"/>: typed DataFrame columns) as an XLSX workbook, one sheet per table ("Bảng 1", …): title, sources, header, rows. Numbers are stored as
/// numbers (Excel shows them in the reader's locale: 85,67 in vi-VN); text as inline strings; no figure, an empty cell.
/// A derived or doubtful figure stays a number, shown with its marks by its number format (0.00"*", 0.00"≠"), each
/// mark explained under the table.
/// </summary>
public static class XlsxFile
{
    private const uint Bold = 1, Decimal2 = 2, Integer = 3, FirstMarked = 4;

    public static byte[] Write(IReadOnlyList<ChartTable> tables)
    {
        var frames = tables.Select(TableFrame.Of).ToList();
        // a number format, for decimals then integers, per set of marks the workbook's cells carry, first seen first
        var marked = frames.SelectMany(f => f.Marks.Values).Distinct(StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook, marked);
            for (var i = 0; i < frames.Count; i++) AddSheet(workbook, frames[i], (uint)i + 1, marked);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, TableFrame table, uint number, List<string> marked)
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
            data.Append(new Row(Enumerable.Range(0, count).Select(c => Cell(table.Cell(at, c), marked.IndexOf(table.MarksAt(at, c))))) { RowIndex = ++r });
        }
        r++;
        foreach (var note in table.Notes) data.Append(new Row(TextCell(note, 0)) { RowIndex = ++r });
        var columns = new Columns(new Column { Min = 1, Max = 1, Width = 42, CustomWidth = true });
        if (count > 1)
            columns.Append(new Column { Min = 2, Max = (uint)count, Width = 18, CustomWidth = true });
        part.Worksheet = new Worksheet(columns, data);
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = number, Name = $"Bảng {number}" });
    }

    /// <summary>A cell; <paramref name="marks"/>: the index of its marks among the workbook's, or −1 for none.</summary>
    private static Cell Cell(object? value, int marks) => value switch
    {
        null => new Cell(),
        decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d), StyleIndex = marks < 0 ? Decimal2 : FirstMarked + 2 * (uint)marks },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i), StyleIndex = marks < 0 ? Integer : FirstMarked + 2 * (uint)marks + 1 },
        _ => TextCell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), 0),
    };

    private static Cell TextCell(string? text, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static void AddStyles(WorkbookPart workbook, List<string> marked)
    {
        var formats = marked.SelectMany((m, j) => new[]
        {
            new NumberingFormat { NumberFormatId = 164 + 2 * (uint)j, FormatCode = "0.00\"" + m + "\"" },
            new NumberingFormat { NumberFormatId = 165 + 2 * (uint)j, FormatCode = "0\"" + m + "\"" },
        }).ToList();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        OpenXmlElement[] numbering = formats.Count == 0 ? [] : [new NumberingFormats(formats) { Count = (uint)formats.Count }];
        styles.Stylesheet = new Stylesheet(numbering);   // no empty list of number formats when no cell is marked
        styles.Stylesheet.Append(
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellFormats([
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true },   // 0.00
                new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },   // 0
                .. formats.Select(f => new CellFormat { NumberFormatId = f.NumberFormatId, ApplyNumberFormat = true }), // 0.00"*", 0"*", …
            ]));
    }
}
