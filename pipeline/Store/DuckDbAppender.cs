using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// Bulk inserts into one table: rows are written straight into native data chunks (2,048 rows each) that are
/// handed to DuckDB's appender whole. Values go in column order and every column needs one (null for NULL).
/// A value that does not fit its column exactly is an error. Dispose (or Close) flushes; constraint errors
/// (e.g. a duplicate key) surface there as a DuckDbException.
/// </summary>
public sealed unsafe class DuckDbAppender : IDisposable
{
    private readonly AppenderHandle _handle;
    private readonly LogicalTypeHandle[] _types;
    private readonly ColumnType[] _columns;
    private readonly string _context;
    private readonly int _capacity = (int)duckdb_vector_size();
    private DataChunkHandle? _chunk;
    private VectorWriter[] _writers = [];
    private int _buffered;
    private bool _closed;

    private DuckDbAppender(AppenderHandle handle, string table)
    {
        _handle = handle;
        _context = $"APPEND INTO {table}";
        _types = new LogicalTypeHandle[(int)duckdb_appender_column_count(handle)];
        for (var i = 0; i < _types.Length; i++) _types[i] = duckdb_appender_column_type(handle, (ulong)i);
        _columns = _types.Select(ColumnType.From).ToArray();
    }

    public int ColumnCount => _columns.Length;

    /// <summary>Rows appended so far (flushed or not).</summary>
    public long Rows { get; private set; }

    internal static DuckDbAppender Create(DuckDbConnection connection, string table, string? schema)
    {
        ObjectDisposedException.ThrowIf(connection.Handle.IsClosed, connection);
        if (duckdb_appender_create(connection.Handle, schema, table, out var handle) != DuckDbState.Success)
        {
            var message = Utf8(duckdb_appender_error(handle)) ?? "unknown error";
            handle.Dispose();
            throw new DuckDbException($"Cannot append to table '{table}': {message}");
        }
        var appender = new DuckDbAppender(handle, table);
        var unsupported = appender._columns.Select((c, i) => (c, i)).Where(x => !VectorWriter.Supports(x.c)).ToList();
        if (unsupported.Count == 0) return appender;
        appender.Release();
        throw new DuckDbException($"Cannot append to table '{table}': unsupported column type(s) " +
            string.Join(", ", unsupported.Select(x => $"column {x.i + 1} {x.c.Name}")) + "; use INSERT instead.");
    }

    /// <summary>Appends one row; a lone typed array (string[]) is one LIST value, as for parameters.</summary>
    public void Row(params object?[] values)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        values = Statement.Arguments(values);
        if (values.Length != ColumnCount)
            throw new DuckDbException($"The table has {ColumnCount} column(s) but the row gives {values.Length} value(s).", _context);
        if (_chunk is null) StartChunk();
        for (var i = 0; i < values.Length; i++)
        {
            try { _writers[i].Write(_buffered, values[i]); }
            catch (ArgumentException e)
            {
                throw new DuckDbException($"Append failed at row {Rows + 1}, column {i + 1}: {e.Message.TrimEnd('.')}.", _context, e);
            }
        }
        _buffered++;
        Rows++;
        if (_buffered == _capacity) AppendChunk();
    }

    /// <summary>Hands buffered rows to DuckDB and flushes them into the table.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        AppendChunk();
        Check(duckdb_appender_flush(_handle));
    }

    /// <summary>Flushes the remaining rows and closes the appender.</summary>
    public void Close()
    {
        if (_closed) return;
        _closed = true;
        try
        {
            AppendChunk();
            Check(duckdb_appender_close(_handle));
        }
        finally { Release(); }
    }

    public void Dispose() => Close();

    private void StartChunk()
    {
        var pointers = _types.Select(t => t.DangerousGetHandle()).Append(IntPtr.Zero).ToArray();
        fixed (IntPtr* p = pointers) _chunk = duckdb_create_data_chunk(p, (ulong)_types.Length);
        if (_chunk.IsInvalid) throw new DuckDbException("DuckDB could not create a data chunk for appending.", _context);
        _writers = _columns.Select((c, i) => new VectorWriter(duckdb_data_chunk_get_vector(_chunk, (ulong)i), c)).ToArray();
        _buffered = 0;
    }

    /// <summary>Appends the buffered chunk (if any); the next row starts a fresh one.</summary>
    private void AppendChunk()
    {
        if (_chunk is null) return;
        using var chunk = _chunk;
        _chunk = null;
        _writers = [];
        if (_buffered == 0) return;
        duckdb_data_chunk_set_size(chunk, (ulong)_buffered);
        Check(duckdb_append_data_chunk(_handle, chunk));
    }

    private void Check(DuckDbState state)
    {
        if (state == DuckDbState.Success) return;
        throw new DuckDbException($"Appending {Rows} row(s) failed: {Utf8(duckdb_appender_error(_handle)) ?? "unknown error"}", _context);
    }

    private void Release()
    {
        _chunk?.Dispose();
        _handle.Dispose();
        foreach (var type in _types) type.Dispose();
    }
}
