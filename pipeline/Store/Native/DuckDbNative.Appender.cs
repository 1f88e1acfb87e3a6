using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

// C API docs: "Appender".
internal static unsafe partial class DuckDbNative
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_appender_create(ConnectionHandle connection, string? schema, string table, out AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_appender_column_count(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_appender_column_type(AppenderHandle appender, ulong column);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_appender_error(AppenderHandle appender);

    /// <summary>Appends a whole chunk; its column types must match the table's exactly (no casting).</summary>
    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_append_data_chunk(AppenderHandle appender, DataChunkHandle chunk);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_flush(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_close(AppenderHandle appender);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_appender_destroy(ref IntPtr appender);
}
