using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>
/// Splits classified lines into blocks: paragraphs of running text, and tables that start at a recognised
/// header row, survive blank lines and page markers, and mark the row after each repeated header (a page break).
/// Tab rows outside any table (layout tables of a Word header) are read as text, one line per cell.
/// </summary>
internal static class Layout
{
    public static IReadOnlyList<Block> Build(IReadOnlyList<SourceLine> lines)
    {
        var state = new LayoutState(Paragraphs.IsWrapped(TextLines(lines)));
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Blank: state.Blanks++; break;
                case LineKind.Row: AddRow(state, line); break;
                case LineKind.Text: state.CloseTable(); state.AddText(line.Number, TextNormalizer.Clean(line.Text)); break;
            }
        }
        state.CloseTable();
        state.FlushText();
        return state.Blocks;
    }

    private static void AddRow(LayoutState state, SourceLine line)
    {
        var header = ColumnRoles.Header(line.Number, line.Cells);
        if (header is not null)
        {
            if (state.Header is not null && ColumnRoles.SameHeader(state.Header, header)) state.BreakPending = true;
            else { state.CloseTable(); state.FlushText(); state.Header = header; }
        }
        else if (state.Header is not null)
        {
            state.Rows.Add(new TableRow(line.Number, line.Cells, state.BreakPending));
            state.BreakPending = false;
        }
        else
        {
            foreach (var cell in line.Cells)
            {
                state.Blanks = Math.Max(state.Blanks, 1);
                state.AddText(line.Number, TextNormalizer.Clean(cell));
            }
        }
        state.Blanks = 0;
    }

    private static List<TextLine> TextLines(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<TextLine>();
        var blanks = 0;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Blank) { blanks++; continue; }
            if (line.Kind != LineKind.Text) { blanks = 0; continue; }
            var text = TextNormalizer.Clean(line.Text);
            if (text.Length > 0) result.Add(new TextLine(line.Number, text, blanks));
            blanks = 0;
        }
        return result;
    }

    private sealed class LayoutState(bool wrapped)
    {
        public List<Block> Blocks { get; } = [];
        public List<TableRow> Rows { get; } = [];
        public TableHeader? Header { get; set; }
        public bool BreakPending { get; set; }
        public int Blanks { get; set; }
        private readonly List<TextLine> text = [];

        public void AddText(int number, string clean)
        {
            if (clean.Length == 0) { Blanks++; return; }
            text.Add(new TextLine(number, clean, Blanks));
            Blanks = 0;
        }

        public void FlushText()
        {
            Blocks.AddRange(Paragraphs.Join(text, wrapped));
            text.Clear();
        }

        public void CloseTable()
        {
            if (Header is null) return;
            FlushText();
            Blocks.Add(new TableBlock(Header.Line, Header, Rows.ToList()));
            Rows.Clear();
            Header = null;
            BreakPending = false;
        }
    }
}
