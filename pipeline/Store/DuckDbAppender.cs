using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// Bulk inserts into one table through DuckDB's appender. Values go in column order; a row must give every column.
/// Dispose (or Close) flushes; a flush error (e.g. a constraint) throws DuckDbException.
/// </summary>
public sealed unsafe class DuckDbAppender : IDisposable
{
    private readonly AppenderHandle _handle;
    private readonly string _context;
    private bool _closed;

    private DuckDbAppender(AppenderHandle handle, string table)
    {
        _handle = handle;
        _context = $"APPEND INTO {table}";
        ColumnCount = (int)duckdb_appender_column_count(handle);
    }

    public int ColumnCount { get; }

    /// <summary>Rows appended so far (flushed or not).</summary>
    public long Rows { get; private set; }

    internal static DuckDbAppender Create(DuckDbConnection connection, string table, string? schema)
    {
        ObjectDisposedException.ThrowIf(connection.Handle.IsClosed, connection);
        if (duckdb_appender_create(connection.Handle, schema, table, out var handle) == DuckDbState.Success)
            return new DuckDbAppender(handle, table);
        var message = Utf8(duckdb_appender_error(handle)) ?? "unknown error";
        handle.Dispose();
        throw new DuckDbException($"Cannot append to table '{table}': {message}");
    }

    public void Row(params object?[] values)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (values.Length != ColumnCount)
            throw new DuckDbException($"The table has {ColumnCount} column(s) but the row gives {values.Length} value(s).", _context);
        for (var i = 0; i < values.Length; i++) Check(AppendOne(values[i]), $"column {i + 1} ({NativeValue.Describe(values[i])})");
        Check(duckdb_appender_end_row(_handle), "end of row");
        Rows++;
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        Check(duckdb_appender_flush(_handle), "flush");
    }

    /// <summary>Flushes the remaining rows and closes the appender.</summary>
    public void Close()
    {
        if (_closed) return;
        _closed = true;
        try { Check(duckdb_appender_close(_handle), "close"); }
        finally { _handle.Dispose(); }
    }

    public void Dispose() => Close();

    private DuckDbState AppendOne(object? value) => value switch
    {
        null or DBNull => duckdb_append_null(_handle),
        string text => AppendVarchar(text),
        bool b => duckdb_append_bool(_handle, b),
        byte or sbyte or short or ushort or int => duckdb_append_int32(_handle, Convert.ToInt32(value)),
        uint or long => duckdb_append_int64(_handle, Convert.ToInt64(value)),
        float or double => duckdb_append_double(_handle, Convert.ToDouble(value)),
        DateOnly date => duckdb_append_date(_handle, NativeValue.Date(date)),
        DateTime time => duckdb_append_timestamp(_handle, NativeValue.Timestamp(time)),
        _ => AppendValue(value), // decimal (exact) and lists go through duckdb_value
    };

    private DuckDbState AppendVarchar(string text)
    {
        var bytes = Utf8Text.Encode(text, out var length);
        fixed (byte* p = bytes) return duckdb_append_varchar_length(_handle, p, (ulong)length);
    }

    private DuckDbState AppendValue(object value)
    {
        using var native = NativeValue.Create(value);
        return duckdb_append_value(_handle, native);
    }

    private void Check(DuckDbState state, string where)
    {
        if (state == DuckDbState.Success) return;
        throw new DuckDbException($"Append failed at row {Rows + 1}, {where}: {Utf8(duckdb_appender_error(_handle)) ?? "unknown error"}", _context);
    }
}
