using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

// C API docs: "Query Execution", "Prepared Statements", "Bind Values to Prepared Statements", "Execute Prepared Statements".
internal static unsafe partial class DuckDbNative
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_query(ConnectionHandle connection, string query, out DuckDbResult result);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_result(ref DuckDbResult result);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_result_error(ref DuckDbResult result);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_column_count(ref DuckDbResult result);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_column_name(ref DuckDbResult result, ulong column);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_column_logical_type(ref DuckDbResult result, ulong column);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_rows_changed(ref DuckDbResult result);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_prepare(ConnectionHandle connection, string query, out PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_prepare(ref IntPtr statement);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_prepare_error(PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_nparams(PreparedStatementHandle statement);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_value(PreparedStatementHandle statement, ulong index, ValueHandle value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_boolean(PreparedStatementHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_int32(PreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_int64(PreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_decimal(PreparedStatementHandle statement, ulong index, DuckDbDecimal value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_float(PreparedStatementHandle statement, ulong index, float value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_double(PreparedStatementHandle statement, ulong index, double value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_date(PreparedStatementHandle statement, ulong index, DuckDbDate value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_timestamp(PreparedStatementHandle statement, ulong index, DuckDbTimestamp value);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_varchar_length(PreparedStatementHandle statement, ulong index, byte* value, ulong length);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_bind_null(PreparedStatementHandle statement, ulong index);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_execute_prepared(PreparedStatementHandle statement, out DuckDbResult result);
}
