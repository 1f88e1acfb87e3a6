using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Analytics.Tests.Results;

/// <summary>Cells of the kinds users' workbooks hold, for the fixture generator and for tests of odd workbooks.</summary>
internal static class XlsxCells
{
    public const uint PercentStyle = 1;

    public static Cell Text(XlsxStrings strings, string at, string text) =>
        new() { CellReference = at, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)) };

    public static Cell Inline(string at, string text) =>
        new(new InlineString(new Text(text))) { CellReference = at, DataType = CellValues.InlineString };

    public static Cell Number(string at, decimal value) =>
        new() { CellReference = at, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    public static Cell Percent(string at, decimal fraction) => Number(at, fraction).With(c => c.StyleIndex = PercentStyle);

    public static Cell Formula(string at, string formula, decimal? cached) =>
        new(new CellFormula(formula)) { CellReference = at, CellValue = cached is { } v ? new CellValue(v.ToString(CultureInfo.InvariantCulture)) : null };

    /// <summary>A minimal valid stylesheet whose cell format 1 is the built-in '0.00%' (number format 10).</summary>
    public static Stylesheet Styles() => new(
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 2 });

    private static Cell With(this Cell cell, Action<Cell> change)
    {
        change(cell);
        return cell;
    }
}

/// <summary>The shared-string table being written.</summary>
internal sealed class XlsxStrings(SharedStringTablePart part)
{
    private readonly List<string> items = [];

    public int Index(string text)
    {
        var at = items.IndexOf(text);
        if (at >= 0) return at;
        items.Add(text);
        return items.Count - 1;
    }

    public void Save() => part.SharedStringTable = new SharedStringTable(items.Select(i => new SharedStringItem(new Text(i))));
}
