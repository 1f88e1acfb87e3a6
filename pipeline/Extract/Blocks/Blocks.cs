namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>A piece of a document's layout, in reading order: a paragraph of running text or a table.</summary>
internal abstract record Block(int Line);

/// <summary>A logical paragraph: its lines joined, markup-free; Line is the original line it starts on.</summary>
internal sealed record ParagraphBlock(int Line, string Text) : Block(Line);

/// <summary>A table with a recognised header; rows are raw (markup kept), continuation rows not yet merged.</summary>
internal sealed record TableBlock(int Line, TableHeader Header, IReadOnlyList<TableRow> Rows) : Block(Line);

/// <summary>One table row: original line, raw cells, and whether a page break (repeated header) precedes it.</summary>
internal sealed record TableRow(int Line, IReadOnlyList<string> Cells, bool AfterBreak);

/// <summary>A recognised header row: the cells as written and the role of each column.</summary>
internal sealed record TableHeader(int Line, IReadOnlyList<string> Names, IReadOnlyList<ColumnRole> Roles)
{
    public int IndexOf(ColumnRole role)
    {
        for (var i = 0; i < Roles.Count; i++) if (Roles[i] == role) return i;
        return -1;
    }

    public string? Cell(IReadOnlyList<string> cells, ColumnRole role) =>
        IndexOf(role) is var i and >= 0 && i < cells.Count ? cells[i] : null;

    public string? Name(ColumnRole role) => IndexOf(role) is var i and >= 0 ? Names[i] : null;
}

internal enum ColumnRole { Other, Number, Description, Lead, Partners, Timeline, Result, Method, Note }
