using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>A prepared statement with its parameters bound, ready to execute once.</summary>
internal sealed class Statement : IDisposable
{
    private readonly PreparedStatementHandle _handle;
    private readonly string _sql;

    private Statement(PreparedStatementHandle handle, string sql)
    {
        _handle = handle;
        _sql = sql;
    }

    public static Statement Prepare(DuckDbConnection connection, string sql, object?[]? args)
    {
        ObjectDisposedException.ThrowIf(connection.Handle.IsClosed, connection);
        var state = duckdb_prepare(connection.Handle, sql, out var handle);
        var statement = new Statement(handle, sql);
        try
        {
            if (state != DuckDbState.Success)
                throw new DuckDbException(Utf8(duckdb_prepare_error(handle)) ?? "Cannot prepare the statement.", sql);
            Parameters.Bind(handle, sql, Arguments(args));
            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What the caller meant by the params array: C# passes a lone <c>null</c> as a null array (one NULL parameter),
    /// and a lone typed array (string[], decimal[]) as the params array itself (by array covariance);
    /// a typed array is one LIST parameter. Only an <c>object[]</c> is a list of parameters.
    /// </summary>
    internal static object?[] Arguments(object?[]? args) =>
        args is null ? [null] : args.GetType() == typeof(object[]) ? args : [args];

    public QueryResult Execute()
    {
        var state = duckdb_execute_prepared(_handle, out var native);
        return QueryResult.Take(state, native, _sql);
    }

    public void Dispose() => _handle.Dispose();
}
