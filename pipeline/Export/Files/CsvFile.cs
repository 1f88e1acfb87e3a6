using System.Globalization;
using System.Text;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// A table as CSV for Excel: UTF-8 with BOM, comma-separated, numbers with a dot (machine-readable, like data/*.csv;
/// the XLSX is the file to open in a vi-VN Excel). Text that Excel would run as a formula is prefixed with '. A derived
/// figure is written with its mark (86.93*) and the table ends with a line explaining the mark.
/// </summary>
public static class CsvFile
{
    public static byte[] Write(ChartTable table)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', table.Columns.Select(Text)).Append("\r\n");
        foreach (var row in table.Rows)
            sb.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        if (table.DerivedNote is { } note) sb.Append(Text(note)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DerivedCell d => Cell(d.Value) + Derived.Mark,
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Text(string? value)
    {
        var text = DisplayText.Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text != text.Trim() ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
