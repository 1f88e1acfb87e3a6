using System.Numerics;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Store;

/// <summary>
/// Bulk inserts into one table through DuckDB.NET's appender. Values go in column order and every column needs one
/// (null for NULL). A row is checked whole against the column types before any of it is written, so a value that does
/// not fit its column exactly (a third decimal in DECIMAL(6,2), 300 in a TINYINT, a lone surrogate) is an error
/// naming row and column, never rounded, and leaves nothing behind. Dispose (or Close) flushes; constraint errors
/// (e.g. a duplicate key) surface there as a DuckDbException.
/// </summary>
public sealed class DuckDbAppender : IDisposable
{
    private readonly DuckDBAppender _appender;
    private readonly ColumnFit[] _columns;
    private readonly string _context;
    private bool _closed;

    private DuckDbAppender(DuckDBAppender appender, ColumnFit[] columns, string table)
    {
        _appender = appender;
        _columns = columns;
        _context = $"APPEND INTO {table}";
    }

    public int ColumnCount => _columns.Length;

    /// <summary>Rows appended so far (flushed or not).</summary>
    public long Rows { get; private set; }

    internal static DuckDbAppender Create(DuckDbConnection connection, DuckDBConnection provider, string table, string? schema)
    {
        var types = connection.Query(Sql.Load("Store/appender_columns.sql"), r => r.String(0)!, table, schema);
        var unsupported = types.Select((t, i) => (t, i)).Where(x => !ColumnFit.Supports(x.t)).ToList();
        if (unsupported.Count > 0)
            throw new DuckDbException($"Cannot append to table '{table}': unsupported column type(s) " +
                string.Join(", ", unsupported.Select(x => $"column {x.i + 1} {x.t}")) + "; use INSERT instead.");
        try
        {
            return new DuckDbAppender(provider.CreateAppender(schema, table), types.Select(t => new ColumnFit(t)).ToArray(), table);
        }
        catch (DuckDBException e) { throw new DuckDbException($"Cannot append to table '{table}': {e.Message}", inner: e); }
    }

    /// <summary>Appends one row; a lone typed array (string[]) is one LIST value, as for parameters.</summary>
    public void Row(params object?[] values)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        values = Parameters.Arguments(values);
        if (values.Length != ColumnCount)
            throw new DuckDbException($"The table has {ColumnCount} column(s) but the row gives {values.Length} value(s).", _context);
        var fitted = new object?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            try { fitted[i] = _columns[i].Fit(values[i]); }
            catch (ArgumentException e)
            {
                throw new DuckDbException($"Append failed at row {Rows + 1}, column {i + 1}: {e.Message.TrimEnd('.')}.", _context, e);
            }
        }
        var row = _appender.CreateRow();
        foreach (var value in fitted) Append(row, value);
        row.EndRow();
        Rows++;
    }

    /// <summary>Flushes the remaining rows and closes the appender.</summary>
    public void Close()
    {
        if (_closed) return;
        _closed = true;
        try { _appender.Close(); }
        catch (DuckDBException e) { throw new DuckDbException($"Appending {Rows} row(s) failed: {e.Message}", _context, e); }
    }

    public void Dispose() => Close();

    private static void Append(IDuckDBAppenderRow row, object? value) => _ = value switch
    {
        null => row.AppendNullValue(),
        string v => row.AppendValue(v),
        byte[] v => row.AppendValue(v),
        bool v => row.AppendValue(v),
        sbyte v => row.AppendValue(v),
        short v => row.AppendValue(v),
        int v => row.AppendValue(v),
        long v => row.AppendValue(v),
        byte v => row.AppendValue(v),
        ushort v => row.AppendValue(v),
        uint v => row.AppendValue(v),
        ulong v => row.AppendValue(v),
        BigInteger v => row.AppendValue(v),
        float v => row.AppendValue(v),
        double v => row.AppendValue(v),
        decimal v => row.AppendValue(v),
        DateOnly v => row.AppendValue(v),
        DateTime v => row.AppendValue(v),
        List<string?> v => row.AppendValue(v),
        List<decimal?> v => row.AppendValue(v),
        List<long?> v => row.AppendValue(v),
        List<int?> v => row.AppendValue(v),
        List<double?> v => row.AppendValue(v),
        _ => throw new DuckDbException($"The appender cannot write {value.GetType().Name}."),
    };
}
