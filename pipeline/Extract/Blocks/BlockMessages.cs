namespace Analytics.Pipeline.Extract.Blocks;

/// <summary>The warning texts of reading lines into paragraphs and tables, in one place.</summary>
public static class BlockMessages
{
    public const string ContinuationWithoutRow = "a table row with an empty number cell has no row above it to continue; read as a row of its own";

    public static string ExtraCells(int cells, int width) =>
        $"the row has {cells} cells but the header has {width}; the extra cells are ignored";

    public static string FragmentMoved(string column) =>
        $"after a page break, the start of column \"{column}\" continues the row above and was moved there";
}
