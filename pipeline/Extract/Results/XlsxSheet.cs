using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>One worksheet as rows of cell texts (see <see cref="XlsxRows"/>); problems with cells go to <paramref name="findings"/>.</summary>
internal sealed class XlsxSheet(string file, string name, string[] strings, HashSet<int> percent, List<Finding> findings)
{
    // A results table is a few dozen columns wide; cells and merged ranges beyond this are not read (hostile sheets).
    public const int MaxColumns = 256;

    public IReadOnlyList<TableRow> Rows(Worksheet worksheet)
    {
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var rowNumber = 0;
        foreach (var row in worksheet.Descendants<Row>())
        {
            rowNumber = int.TryParse(row.RowIndex?.InnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index is >= 1 and <= XlsxRows.ExcelRows ? index : rowNumber + 1;
            var cells = grid[rowNumber] = [];
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } r && XlsxRows.Position(r) is { } at ? at.Column : column + 1;
                if (column >= MaxColumns) break;
                var text = TextNormalizer.AsciiDigits(Text(cell, $"{ColumnName(column)}{rowNumber}"));
                if (text.Length > 0) cells[column] = text;
            }
        }
        FillMerged(worksheet, grid);
        return grid.Where(r => r.Value.Count > 0).Select(r => ToRow(r.Key, r.Value)).ToList();
    }

    private TableRow ToRow(int line, Dictionary<int, string> cells)
    {
        var width = cells.Keys.Max() + 1;
        var list = Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c, "").Normalize(System.Text.NormalizationForm.FormC)).ToList();
        return new TableRow(line, list, $"{name}!{line}: {string.Join(" | ", list)}");
    }

    private string Text(Cell cell, string at)
    {
        var cached = cell.CellValue?.Text;
        if (cell.CellFormula is not null && cached is null)
        {
            findings.Add(new Finding(file, PositionRow(at), Severities.Warning, ResultsErrors.FormulaWithoutValue($"{name}!{at}")));
            return "";
        }
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(cached, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString?.Text?.Text ?? string.Concat(cell.InlineString?.Elements<Run>().Select(r => r.Text?.Text) ?? []);
        if (type == CellValues.Error)
        {
            findings.Add(new Finding(file, PositionRow(at), Severities.Warning, ResultsErrors.ErrorCell($"{name}!{at}", cached ?? "")));
            return "";
        }
        if (type == CellValues.Boolean || type == CellValues.String || cached is null) return cached ?? "";
        return Number(cached, int.TryParse(cell.StyleIndex?.InnerText, NumberStyles.None, CultureInfo.InvariantCulture, out var style) && percent.Contains(style));
    }

    // Numbers as invariant text without binary noise (85.670000000000002 → 85.67); a percent format stores 0.8567 for 85.67 %.
    private static string Number(string cached, bool isPercent)
    {
        // Outside decimal's range (1e308, NaN, Infinity) it is no percentage: kept as written, refused later as a value.
        if (!double.TryParse(cached, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !(Math.Abs(d) < 7.9e27)) return cached;
        var value = (decimal)d;
        return (isPercent ? value * 100 : value).ToString("G29", CultureInfo.InvariantCulture);
    }

    private static void FillMerged(Worksheet worksheet, SortedDictionary<int, Dictionary<int, string>> grid)
    {
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            var parts = merge.Reference?.Value?.Split(':');
            if (parts is not { Length: 2 } || XlsxRows.Position(parts[0]) is not var (c1, r1) || XlsxRows.Position(parts[1]) is not var (c2, r2)) continue;
            if (!grid.TryGetValue(r1, out var top) || !top.TryGetValue(c1, out var text)) continue;
            var lastRow = Math.Min(r2, grid.Keys.Last());
            for (var r = r1; r <= lastRow; r++)
                for (var c = c1; c <= Math.Min(c2, MaxColumns - 1); c++)
                {
                    if (!grid.TryGetValue(r, out var cells)) grid[r] = cells = [];
                    cells.TryAdd(c, text);
                }
        }
    }

    private static int PositionRow(string at) => XlsxRows.Position(at)?.Row ?? 0;

    private static string ColumnName(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}
