using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>Owns a duckdb_result; reads it chunk by chunk through vectors (never the deprecated row API).</summary>
internal sealed class QueryResult : IDisposable
{
    private DuckDbResult _native;
    private readonly string _sql;
    private bool _disposed;

    private QueryResult(DuckDbResult native, string sql)
    {
        _native = native;
        _sql = sql;
    }

    /// <summary>Takes ownership of a result; on error, frees it and throws DuckDB's message.</summary>
    public static QueryResult Take(DuckDbState state, DuckDbResult native, string sql)
    {
        var result = new QueryResult(native, sql);
        if (state == DuckDbState.Success) return result;
        var message = Utf8(duckdb_result_error(ref result._native)) ?? "The query failed.";
        result.Dispose();
        throw new DuckDbException(message, sql);
    }

    public long RowsChanged => (long)duckdb_rows_changed(ref _native);

    public List<T> Read<T>(Func<DuckDbRow, T> map)
    {
        var row = new DuckDbRow(Columns(), _sql);
        var rows = new List<T>();
        while (true)
        {
            using var chunk = duckdb_fetch_chunk(_native);
            if (chunk.IsInvalid) return rows;
            var size = (int)duckdb_data_chunk_get_size(chunk);
            row.Load(chunk);
            for (var i = 0; i < size; i++)
            {
                row.Index = i;
                rows.Add(map(row));
            }
        }
    }

    private Column[] Columns()
    {
        var columns = new Column[duckdb_column_count(ref _native)];
        for (var i = 0; i < columns.Length; i++)
        {
            using var type = duckdb_column_logical_type(ref _native, (ulong)i);
            columns[i] = new Column(Utf8(duckdb_column_name(ref _native, (ulong)i)) ?? $"column{i}", ColumnType.From(type));
        }
        return columns;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        duckdb_destroy_result(ref _native);
    }
}

/// <summary>A result column's name and type.</summary>
internal sealed record Column(string Name, ColumnType Type);
