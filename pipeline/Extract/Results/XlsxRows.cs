using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>
/// The sheets of an .xlsx as rows of cell texts: shared and inline strings, numbers (invariant text; ×100 under a
/// percent format), cached values of formulas (never evaluated), merged ranges filled with their top-left text.
/// </summary>
public static partial class XlsxRows
{
    public static (IReadOnlyList<(string Sheet, IReadOnlyList<TableRow> Rows)> Sheets, IReadOnlyList<Finding> Findings, string? Error)
        Read(string file, byte[] bytes)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var book = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
            var percent = PercentStyles(book.WorkbookStylesPart?.Stylesheet);
            var findings = new List<Finding>();
            var sheets = new List<(string, IReadOnlyList<TableRow>)>();
            foreach (var sheet in book.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part) continue;
                var name = sheet.Name?.Value ?? "?";
                sheets.Add((name, new XlsxSheet(file, name, strings, percent, findings).Rows(part.Worksheet)));
            }
            return (sheets, findings, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                      or InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException
                                      or OverflowException)
        {
            return ([], [], e.Message);
        }
    }

    /// <summary>Zero-based column and one-based row of a reference like 'AB12'; null when it is not one within a sheet's bounds.</summary>
    public static (int Column, int Row)? Position(string reference)
    {
        var m = Reference().Match(reference);
        if (!m.Success || !int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row)) return null;
        var column = m.Groups[1].Value.Aggregate(0, (acc, c) => acc * 26 + (char.ToUpperInvariant(c) - 'A' + 1)) - 1;
        return column < ExcelColumns && row is >= 1 and <= ExcelRows ? (column, row) : null;
    }

    /// <summary>A sheet's bounds in Excel: columns A..XFD, rows 1..1,048,576.</summary>
    public const int ExcelColumns = 16_384, ExcelRows = 1_048_576;

    private static string ItemText(SharedStringItem item) =>
        item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    // Style indexes whose number format shows a percentage: built-in 9 and 10, or a custom code with '%'.
    private static HashSet<int> PercentStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value?.Contains('%') == true).Select(f => f.NumberFormatId?.Value ?? 0).ToHashSet() ?? [];
        var formats = styles?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return Enumerable.Range(0, formats.Count)
            .Where(i => formats[i].NumberFormatId?.Value is 9 or 10 || custom.Contains(formats[i].NumberFormatId?.Value ?? 0))
            .ToHashSet();
    }

    [GeneratedRegex(@"^([A-Za-z]{1,3})([0-9]{1,7})$")]
    private static partial Regex Reference();
}
