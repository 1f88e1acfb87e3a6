using System.Globalization;
using Microsoft.Data.Analysis;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// A table as it travels to the CSV and XLSX writers: a DataFrame with one typed column per table column (decimal for
/// percentages and points, int for ranks and years, string for text; null is "no figure"), the marks of the cells
/// derived or doubtful (<see cref="MarkedCell"/>), and the title, sources and notes that go with it.
/// </summary>
public sealed record TableFrame(string Title, IReadOnlyList<string> Sources, DataFrame Frame,
    IReadOnlyDictionary<(long Row, int Column), string> Marks, IReadOnlyList<string> Notes)
{
    public static TableFrame Of(ChartTable table)
    {
        var marks = new Dictionary<(long, int), string>();
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < table.Rows[r].Count; c++)
                if (table.Rows[r][c] is MarkedCell m) marks[(r, c)] = m.Marks;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var columns = table.Columns.Select((name, c) => Column(Unique(name, names), table.Rows.Select(r => c < r.Count ? Plain(r[c]) : null).ToList()));
        return new(table.Title, table.Sources, new DataFrame(columns), marks, table.Notes) { Mark = table.Mark };
    }

    /// <summary>The sample database's mark, written before the table; null for real data.</summary>
    public string? Mark { get; init; }

    /// <summary>The cell at (row, column): decimal, int, string or null.</summary>
    public object? Cell(long row, int column) => Frame.Columns[column][row];

    /// <summary>The marks written after the cell at (row, column) ("*", "≠~"); "" without.</summary>
    public string MarksAt(long row, int column) => Marks.GetValueOrDefault((row, column), "");

    private static object? Plain(object? cell) => cell is MarkedCell m ? m.Value : cell;

    /// <summary>Decimal when every figure is a number and one has decimals, int when all are whole ranks or years, else text.</summary>
    private static DataFrameColumn Column(string name, IReadOnlyList<object?> cells)
    {
        var present = cells.Where(c => c is not null).ToList();
        if (present.All(c => c is int)) return new Int32DataFrameColumn(name, cells.Select(c => (int?)c));
        if (present.All(c => c is int or decimal))
            return new DecimalDataFrameColumn(name, cells.Select(c => c switch { int i => i, decimal d => (decimal?)d, _ => null }));
        return new StringDataFrameColumn(name, cells.Select(c => c is null ? null : Convert.ToString(c, CultureInfo.InvariantCulture)));
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var k = 2; !taken.Add(unique); k++) unique = $"{name} ({k})";
        return unique;
    }
}
