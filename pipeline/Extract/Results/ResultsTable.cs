using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>
/// Results tables among the lines of a document: markdown rows ('| a | b |') or tab-separated rows (a .docx table as
/// read by DocxText.ReadLines). Other lines are text; the text above a table is its title.
/// </summary>
public static class ResultsTable
{
    /// <summary>The results tables among <paramref name="lines"/>, or null when there is none.</summary>
    public static Extraction? TryParse(string sourceFile, IReadOnlyList<string> lines, ResultsDefaults? defaults = null)
    {
        var rows = lines.Select((l, i) => ToRow(i + 1, l)).Where(r => r is not null).Select(r => r!).ToList();
        var tables = new List<WideTable.Result>();
        var current = defaults ?? new ResultsDefaults();
        var title = new List<TableRow>();
        for (var i = 0; i < rows.Count;)
        {
            if (rows[i].Cells.Count < 2) { title.Add(rows[i]); i++; continue; }
            var block = rows.Skip(i).TakeWhile(r => r.Cells.Count >= 2).ToList();
            i += block.Count;
            if (WideTable.Parse(sourceFile, [.. title, .. block], current) is { } table)
            {
                tables.Add(table);
                current = current with { Province = table.Province ?? current.Province, Year = table.Year ?? current.Year };
            }
            title.Clear();
        }
        if (tables.Count == 0) return null;
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return ResultsReader.Finish(sourceFile, ResultsReader.FormatOf(sourceFile), bytes, WideTable.Combine(tables, []));
    }

    // A markdown row, a tab-separated row, or a text line (one cell); null for a markdown rule '|---|---|' or a blank line.
    private static TableRow? ToRow(int line, string text)
    {
        var t = text.Normalize(System.Text.NormalizationForm.FormC).TrimEnd();
        if (t.Trim().Length == 0) return null;
        if (t.TrimStart().StartsWith('|'))
        {
            var cells = t.Trim().Trim('|').Split('|').Select(Clean).ToList();
            return cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':' or ' ')) ? null : new TableRow(line, cells, t);
        }
        return t.Contains('\t') ? new TableRow(line, t.Split('\t').Select(Clean).ToList(), t) : new TableRow(line, [t.Trim()], t);
    }

    private static string Clean(string cell) => cell.Replace("**", "").Replace("<br>", " ").Replace("<br/>", " ").Trim();
}
