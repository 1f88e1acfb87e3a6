namespace Analytics.Pipeline.Extract.Results;

/// <summary>
/// What one workbook may hold, counted as it is streamed: cells kept (merge fills included), characters of their texts
/// and of the shared strings, rows and merged ranges. A results table has a few hundred cells; past a limit reading
/// stops and <see cref="Stop"/> says why (a 1.6 KB workbook with one merge A1:XFD1048576 asked for 17 billion cells).
/// </summary>
internal sealed class XlsxBudget(int maxCells = XlsxBudget.MaxCells, long maxChars = XlsxBudget.MaxChars, int maxRows = XlsxBudget.MaxRows)
{
    public const int MaxCells = 200_000, MaxRows = 50_000, MaxMerges = 10_000;
    public const long MaxChars = 4_000_000;

    private int cells, rows;
    private long chars;

    public string? Stop { get; private set; }

    /// <summary>Counts one cell of <paramref name="length"/> characters; false once over budget.</summary>
    public bool Cell(int length, string where)
    {
        cells++;
        chars += length;
        if (Stop is null && cells > maxCells) Stop = ResultsErrors.TooManyCells(maxCells, where);
        if (Stop is null && chars > maxChars) Stop = ResultsErrors.TooManyChars(maxChars, where);
        return Stop is null;
    }

    public bool Row(string where)
    {
        if (Stop is null && ++rows > maxRows) Stop = ResultsErrors.TooManyRows(maxRows, where);
        return Stop is null;
    }

    public bool Merge(int count, string where)
    {
        if (Stop is null && count > MaxMerges) Stop = ResultsErrors.TooManyMerges(MaxMerges, where);
        return Stop is null;
    }
}
