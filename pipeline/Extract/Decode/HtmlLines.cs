namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The main HTML of a page (<see cref="HtmlMain"/>) as lines: each paragraph, heading or list item a line with a blank
/// line after it (<see cref="HtmlText.Blocks"/>), preformatted text line by line as written, each row of a data table a line of tab-separated cells (so the table
/// reader sees the table), its caption a line before them. A layout table (a nested table, or a single column) is read as the blocks of its cells.
/// </summary>
internal static class HtmlLines
{
    public static IReadOnlyList<string> Of(string html)
    {
        var lines = new List<string>();
        Render(html, lines, 0);
        return lines;
    }

    /// <summary>Tables nested deeper than this are read as the blocks of their text: each level copies its content, and
    /// 30,000 nested tables would overflow the stack.</summary>
    public const int MaxTableDepth = 16;

    private static void Render(string html, List<string> lines, int depth)
    {
        if (depth > MaxTableDepth) { Blocks(html, lines); return; }
        var at = 0;
        foreach (var table in HtmlTags.Elements(html, "table"))
        {
            Blocks(html[at..table.Start], lines);
            var inner = html[table.InnerStart..table.InnerEnd];
            foreach (var caption in HtmlTags.Elements(inner, "caption")) Blocks(inner[caption.Start..caption.End], lines);
            var rows = Rows(inner);
            var layout = depth > 8 || rows.All(r => r.Count < 2) || rows.Any(r => r.Any(c => c.Contains("<table", StringComparison.OrdinalIgnoreCase)));
            foreach (var row in rows)
            {
                if (layout) row.ForEach(cell => Render(cell, lines, depth + 1));
                else lines.AddRange([string.Join('\t', row.Select(Cell)), ""]);
            }
            at = table.End;
        }
        Blocks(html[at..], lines);
    }

    private static void Blocks(string html, List<string> lines)
    {
        var at = 0;
        foreach (var pre in HtmlTags.Elements(html, "pre"))
        {
            foreach (var block in HtmlText.Blocks(html[at..pre.Start])) lines.AddRange([block, ""]);
            foreach (var line in html[pre.InnerStart..pre.InnerEnd].ReplaceLineEndings("\n").Split('\n'))
                lines.Add(TextNormalizer.Collapse(string.Join(" ", HtmlText.Blocks(line))));
            lines.Add("");
            at = pre.End;
        }
        foreach (var block in HtmlText.Blocks(html[at..])) lines.AddRange([block, ""]);
    }

    private static string Cell(string html) => TextNormalizer.Collapse(HtmlText.ToText(html));

    /// <summary>The rows of a table's content, each a list of cell contents (HTML); nested tables are left inside their
    /// cell, and end tags may be missing (a new cell or row closes the open one).</summary>
    private static List<List<string>> Rows(string html)
    {
        var rows = new List<List<string>>();
        List<string>? row = null;
        int? cell = null;
        var nested = 0;
        void CloseCell(int end) { if (cell is { } s) (row ??= Add(rows)).Add(html[s..end]); cell = null; }
        foreach (var tag in HtmlTags.Of(html))
        {
            if (tag.Name == "table") { nested += tag.Closes ? -1 : 1; continue; }
            if (nested > 0) continue;
            if (tag.Name == "tr") { CloseCell(tag.Start); row = tag.Closes ? null : Add(rows); }
            else if (tag.Name is "td" or "th") { CloseCell(tag.Start); if (!tag.Closes) cell = tag.End; }
        }
        CloseCell(html.Length);
        return rows.Where(r => r.Count > 0).ToList();
    }

    private static List<string> Add(List<List<string>> rows)
    {
        var row = new List<string>();
        rows.Add(row);
        return row;
    }
}
