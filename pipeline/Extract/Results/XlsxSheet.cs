using System.Globalization;
using System.Xml;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>
/// One worksheet streamed into rows of cell texts (see <see cref="XlsxRows"/>); problems with cells go to
/// <paramref name="findings"/>, cells, characters, rows and merges are counted against <paramref name="budget"/>.
/// </summary>
internal sealed class XlsxSheet(string file, string name, string[] strings, HashSet<int> percent, List<Finding> findings, XlsxBudget budget)
{
    // A results table is a few dozen columns wide; cells and merged ranges beyond this are not read (hostile sheets).
    public const int MaxColumns = 256;
    private const string S = XlsxParts.S;

    private sealed record RawCell(string? Reference, string? Type, int? Style, string? Value, bool Formula, string? Inline);

    public IReadOnlyList<TableRow> Rows(Stream part)
    {
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var merges = new List<string>();
        using var xml = DocxText.Xml(part);
        Dictionary<int, string>? cells = null;
        int rowNumber = 0, column = -1;
        while (budget.Stop is null && xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != S) continue;
            if (xml.LocalName == "row")
            {
                rowNumber = XlsxParts.Int(xml, "r") is { } index and >= 1 and <= XlsxRows.ExcelRows ? index : rowNumber + 1;
                if (!budget.Row($"{name}!{rowNumber}")) break;
                cells = grid.TryGetValue(rowNumber, out var existing) ? existing : grid[rowNumber] = [];
                column = -1;
            }
            else if (xml.LocalName == "c" && cells is not null)
            {
                var cell = Cell(xml);
                column = cell.Reference is { } r && XlsxRows.Position(r) is { } at ? at.Column : column + 1;
                if (column >= MaxColumns) continue;
                var text = TextNormalizer.AsciiDigits(Text(cell, $"{ColumnName(column)}{rowNumber}"));
                if (text.Length > 0 && budget.Cell(text.Length, $"{name}!{ColumnName(column)}{rowNumber}")) cells[column] = text;
            }
            else if (xml.LocalName == "mergeCell" && xml.GetAttribute("ref") is { } range && budget.Merge(merges.Count + 1, name))
                merges.Add(range);
        }
        FillMerged(merges, grid);
        return grid.Where(r => r.Value.Count > 0).Select(r => ToRow(r.Key, r.Value)).ToList();
    }

    // A <c> element's attributes and children (<v>, <f>, <is>); ends on its end tag.
    private static RawCell Cell(XmlReader xml)
    {
        var (reference, type, style) = (xml.GetAttribute("r"), xml.GetAttribute("t"), XlsxParts.Int(xml, "s"));
        string? value = null, inline = null;
        var formula = false;
        if (xml.IsEmptyElement) return new RawCell(reference, type, style, null, false, null);
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth != depth + 1) continue;
            if (xml.LocalName == "f") formula = true;
            else if (xml.LocalName == "is") inline = XlsxParts.InlineText(xml);
            else if (xml.LocalName == "v" && !xml.IsEmptyElement) value = Content(xml);
        }
        return new RawCell(reference, type, style, value, formula, inline);
    }

    // The text of a simple element, read node by node (the reader ends on its end tag), at most a budget's worth.
    private static string Content(XmlReader xml)
    {
        var depth = xml.Depth;
        var sb = new System.Text.StringBuilder();
        while (xml.Read() && xml.Depth > depth)
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                && sb.Length <= XlsxBudget.MaxChars)
                sb.Append(xml.Value);
        return sb.ToString();
    }

    private TableRow ToRow(int line, Dictionary<int, string> cells)
    {
        var width = cells.Keys.Max() + 1;
        var list = Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c, "").Normalize(System.Text.NormalizationForm.FormC)).ToList();
        return new TableRow(line, list, $"{name}!{line}: {string.Join(" | ", list)}");
    }

    private string Text(RawCell cell, string at)
    {
        var cached = cell.Value;
        if (cell.Formula && cached is null)
        {
            findings.Add(new Finding(file, PositionRow(at), Severities.Warning, ResultsErrors.FormulaWithoutValue($"{name}!{at}")));
            return "";
        }
        switch (cell.Type)
        {
            case "s": return int.TryParse(cached, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : "";
            case "inlineStr": return cell.Inline ?? "";
            case "e":
                findings.Add(new Finding(file, PositionRow(at), Severities.Warning, ResultsErrors.ErrorCell($"{name}!{at}", cached ?? "")));
                return "";
            case "b" or "str": return cached ?? "";
        }
        if (cached is null) return "";
        return Number(cached, cell.Style is { } style && percent.Contains(style));
    }

    // Numbers as invariant text without binary noise (85.670000000000002 → 85.67); a percent format stores 0.8567 for 85.67 %.
    private static string Number(string cached, bool isPercent)
    {
        // Outside decimal's range (1e308, NaN, Infinity) it is no percentage: kept as written, refused later as a value.
        if (!double.TryParse(cached, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !(Math.Abs(d) < 7.9e27)) return cached;
        var value = (decimal)d;
        return (isPercent ? value * 100 : value).ToString("G29", CultureInfo.InvariantCulture);
    }

    // Each merged range's top-left text fills the range, but only within the cells present: rows the sheet has, columns up
    // to its widest row (a merge never creates rows; A1:XFD1048576 fills what is there). Each fill counts against the budget.
    private void FillMerged(List<string> merges, SortedDictionary<int, Dictionary<int, string>> grid)
    {
        var lastColumn = grid.Values.Where(c => c.Count > 0).Select(c => c.Keys.Max()).DefaultIfEmpty(-1).Max();
        foreach (var merge in merges)
        {
            var parts = merge.Split(':');
            if (parts is not { Length: 2 } || XlsxRows.Position(parts[0]) is not var (c1, r1) || XlsxRows.Position(parts[1]) is not var (c2, r2)) continue;
            if (!grid.TryGetValue(r1, out var top) || !top.TryGetValue(c1, out var text)) continue;
            foreach (var (r, cells) in grid)
            {
                if (r < r1) continue;
                if (r > r2) break;
                for (var c = c1; c <= Math.Min(c2, lastColumn); c++)
                    if (!cells.ContainsKey(c))
                    {
                        if (!budget.Cell(text.Length, $"{name}!{merge}")) return;
                        cells[c] = text;
                    }
            }
        }
    }

    private static int PositionRow(string at) => XlsxRows.Position(at)?.Row ?? 0;

    private static string ColumnName(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : ColumnName(column / 26 - 1) + (char)('A' + column % 26);
}
