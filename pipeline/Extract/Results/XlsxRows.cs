using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Model;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>
/// The sheets of an .xlsx as rows of cell texts: shared and inline strings, numbers (invariant text; ×100 under a
/// percent format), cached values of formulas (never evaluated), merged ranges filled with their top-left text within
/// the cells present. Every part is streamed and counted against an <see cref="XlsxBudget"/>; past it, nothing is read.
/// </summary>
public static partial class XlsxRows
{
    /// <returns>The sheets, findings about cells, or the message (file-level) saying why the workbook is not read.</returns>
    public static (IReadOnlyList<(string Sheet, IReadOnlyList<TableRow> Rows)> Sheets, IReadOnlyList<Finding> Findings, string? Error)
        Read(string file, byte[] bytes) => Read(file, bytes, new XlsxBudget());

    internal static (IReadOnlyList<(string Sheet, IReadOnlyList<TableRow> Rows)> Sheets, IReadOnlyList<Finding> Findings, string? Error)
        Read(string file, byte[] bytes, XlsxBudget budget)
    {
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var book = doc.WorkbookPart ?? throw new InvalidDataException("no workbook part");
            var strings = book.SharedStringTablePart is { } sst ? XlsxParts.Strings(Open(sst), budget) : [];
            var percent = XlsxParts.PercentStyles(book.WorkbookStylesPart is { } styles ? Open(styles) : null);
            var findings = new List<Finding>();
            var sheets = new List<(string, IReadOnlyList<TableRow>)>();
            foreach (var (name, id) in XlsxParts.Sheets(Open(book)))
            {
                if (budget.Stop is not null) break;
                if (!book.TryGetPartById(id, out var part) || part is not WorksheetPart) continue;
                using var stream = Open(part);
                sheets.Add((name, new XlsxSheet(file, name, strings, percent, findings, budget).Rows(stream)));
            }
            return budget.Stop is { } stop ? ([], [], stop) : (sheets, findings, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                      or InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException
                                      or OverflowException)
        {
            return ([], [], ResultsErrors.NotXlsx(e.Message));
        }
    }

    private static Stream Open(OpenXmlPart part) => part.GetStream(FileMode.Open, FileAccess.Read);

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

    [GeneratedRegex(@"^([A-Za-z]{1,3})([0-9]{1,7})$")]
    private static partial Regex Reference();
}
