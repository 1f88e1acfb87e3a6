using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>A table row after merging: its first line, the number cell ("I", "1", "1.2"), and the cleaned cells.</summary>
internal sealed record PlanRow(int Line, string Number, IReadOnlyList<string> Cells);

/// <summary>
/// Turns a table's raw rows into whole rows: a row with an empty number cell continues the previous one (cell by
/// cell); after a page break, a leading fragment that plainly continues the previous row's cell (it starts in lower
/// case, or the previous cell ends with a hyphen, and the previous cell ends mid-sentence) is moved back, with a warning.
/// </summary>
internal static partial class TableRows
{
    public static IReadOnlyList<PlanRow> Merge(string file, TableBlock table, List<Finding> findings)
    {
        var numberAt = Math.Max(0, table.Header.IndexOf(ColumnRole.Number));
        var width = table.Header.Roles.Count;
        var rows = new List<(int Line, string Number, List<string> Cells)>();
        var more = new List<List<string>>(); // continuation rows of rows[^1], glued once the row is complete
        foreach (var raw in table.Rows)
        {
            var number = NumberOf(raw.Cells.ElementAtOrDefault(numberAt));
            if (number.Length == 0 && rows.Count > 0)
            {
                more.Add(Enumerable.Range(0, width).Select(i => TextNormalizer.Clean(raw.Cells.ElementAtOrDefault(i))).ToList());
                continue;
            }
            Append(rows, more);
            if (number.Length == 0)
                findings.Add(new Finding(file, raw.Line, Severities.Warning, BlockMessages.ContinuationWithoutRow));
            var cells = raw.AfterBreak && rows.Count > 0
                ? Repair(file, raw, rows[^1].Cells, table.Header, numberAt, findings)
                : Enumerable.Range(0, width).Select(i => TextNormalizer.Clean(raw.Cells.ElementAtOrDefault(i))).ToList();
            if (raw.Cells.Count > width && raw.Cells.Skip(width).Any(c => TextNormalizer.Clean(c).Length > 0))
                findings.Add(new Finding(file, raw.Line, Severities.Warning, BlockMessages.ExtraCells(raw.Cells.Count, width)));
            rows.Add((raw.Line, number, cells));
        }
        Append(rows, more);
        return rows.Select(r => new PlanRow(r.Line, r.Number, r.Cells)).ToList();
    }

    /// <summary>The number cell without markup and trailing dot: "&lt;b&gt;II&lt;/b&gt;" → "II", "1." → "1".</summary>
    public static string NumberOf(string? cell) => TextNormalizer.Clean(cell).TrimEnd('.', ')').Trim();

    // Glues the continuation rows into the last row in one pass per cell (linear however many continuations there are).
    private static void Append(List<(int Line, string Number, List<string> Cells)> rows, List<List<string>> more)
    {
        if (more.Count == 0) return;
        var cells = rows[^1].Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            var sb = new System.Text.StringBuilder(cells[i]);
            foreach (var row in more)
                if (i < row.Count && row[i].Length > 0)
                {
                    var hyphen = sb.Length > 0 && sb[^1] == '-' && !(sb.Length > 1 && sb[^2] == ' ') && char.IsLetter(row[i][0]);
                    sb.Append(sb.Length == 0 || hyphen ? "" : " ").Append(row[i]);
                }
            cells[i] = sb.ToString();
        }
        more.Clear();
    }

    private static string Glue(string a, string b)
    {
        if (b.Length == 0) return a;
        if (a.Length == 0) return b;
        return a.EndsWith('-') && !a.EndsWith(" -") && char.IsLetter(b[0]) ? a + b : a + " " + b;
    }

    private static List<string> Repair(string file, TableRow raw, List<string> previous, TableHeader header, int numberAt,
        List<Finding> findings)
    {
        var cells = new List<string>();
        for (var i = 0; i < header.Roles.Count; i++)
        {
            var cell = raw.Cells.ElementAtOrDefault(i) ?? "";
            var fragment = i == numberAt ? null : LeadingFragment(previous[i], cell);
            if (fragment is null) { cells.Add(TextNormalizer.Clean(cell)); continue; }
            previous[i] = Glue(previous[i], fragment.Value.Moved);
            cells.Add(fragment.Value.Remainder);
            findings.Add(new Finding(file, raw.Line, Severities.Warning,
                BlockMessages.FragmentMoved(header.Names[i]), fragment.Value.Moved));
        }
        return cells;
    }

    private static (string Moved, string Remainder)? LeadingFragment(string previous, string rawCell)
    {
        if (previous.Length == 0 || Paragraphs.EndsSentence(previous)) return null;
        var blocks = HtmlText.Blocks(TextNormalizer.StripMarkdown(rawCell));
        if (blocks.Count == 0) return null;
        var first = blocks[0];
        var hyphen = previous.EndsWith('-') && char.IsLetter(first[0]);
        if (!hyphen && !Paragraphs.StartsLower(first)) return null;
        if (blocks.Count > 1) return (first, string.Join(" ", blocks.Skip(1)));
        var end = SentenceEnd().Match(first);
        return end.Success
            ? (first[..(end.Index + 1)], first[(end.Index + 1)..].Trim())
            : (first, "");
    }

    [GeneratedRegex(@"\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
