using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

// C API docs: "Value Interface". Values are immutable; binders and appenders copy them.
internal static unsafe partial class DuckDbNative
{
    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_varchar_length(byte* text, ulong length);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_bool([MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_int32(int value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_int64(long value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_decimal(DuckDbDecimal value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_double(double value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_date(DuckDbDate value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_timestamp(DuckDbTimestamp value);

    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_null_value();

    /// <summary>A LIST value of the given child type; the element values are copied.</summary>
    [LibraryImport(Library)]
    internal static partial ValueHandle duckdb_create_list_value(LogicalTypeHandle childType, IntPtr* values, ulong count);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_value(ref IntPtr value);
}
