using System.Globalization;
using System.Text;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// A table (as a <see cref="TableFrame"/>: typed DataFrame columns) as CSV, in two dialects. The plain one: UTF-8 with BOM, comma-separated, numbers with a dot
/// (machine-readable, like data/*.csv). The one for Vietnamese Excel (<see cref="ExcelSuffix"/>): UTF-8 with BOM,
/// semicolon-separated, decimal comma (85,67), as a vi-VN Excel opens it with a double click. Text that Excel would run
/// as a formula is prefixed with '. A derived or doubtful figure is written with its marks (86.93*, 90.61≠) and the
/// table ends with a line explaining each mark. A table of the sample database starts with its mark (DỮ LIỆU MÔ PHỎNG), a line before the header.
/// </summary>
public static class CsvFile
{
    public const string ExcelSuffix = ".excel-vi.csv";

    private sealed record Dialect(char Separator, CultureInfo Numbers);

    private static readonly Dialect Plain = new(',', CultureInfo.InvariantCulture);
    private static readonly Dialect Excel = new(';', VnFormat.Culture);

    public static byte[] Write(ChartTable table) => Write(TableFrame.Of(table), Plain);

    public static byte[] WriteForExcel(ChartTable table) => Write(TableFrame.Of(table), Excel);

    private static byte[] Write(TableFrame table, Dialect dialect)
    {
        var sb = new StringBuilder();
        var columns = table.Frame.Columns;
        if (table.Mark is { } mark) sb.Append(Text(mark, dialect)).Append("\r\n"); // the sample's mark, before the header
        sb.AppendJoin(dialect.Separator, columns.Select(c => Text(c.Name, dialect))).Append("\r\n");
        for (long r = 0; r < table.Frame.Rows.Count; r++)
        {
            var row = r;
            sb.AppendJoin(dialect.Separator, columns.Select((_, c) => Cell(table.Cell(row, c), dialect) + table.MarksAt(row, c)))
                .Append("\r\n");
        }
        foreach (var note in table.Notes) sb.Append(Text(note, dialect)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Cell(object? value, Dialect dialect) => value switch
    {
        null => "",
        decimal d => d.ToString(dialect.Numbers),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture), dialect),
    };

    private static string Text(string? value, Dialect dialect)
    {
        var text = DisplayText.Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([dialect.Separator, '"', '\n', '\r']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
