using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

// C API docs: "Result Functions", "Data Chunk Interface", "Vector Interface", "Logical Type Interface".
// Vectors (IntPtr) belong to their chunk and are never freed on their own.
internal static unsafe partial class DuckDbNative
{
    /// <summary>Next chunk of a result (the result struct is passed by value), or an invalid handle at the end.</summary>
    [LibraryImport(Library)]
    internal static partial DataChunkHandle duckdb_fetch_chunk(DuckDbResult result);

    [LibraryImport(Library)]
    internal static partial DataChunkHandle duckdb_create_data_chunk(IntPtr* types, ulong columnCount);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_data_chunk(ref IntPtr chunk);

    [LibraryImport(Library)]
    internal static partial void duckdb_data_chunk_set_size(DataChunkHandle chunk, ulong size);

    /// <summary>Rows per vector (STANDARD_VECTOR_SIZE, normally 2048).</summary>
    [LibraryImport(Library)]
    internal static partial ulong duckdb_vector_size();

    [LibraryImport(Library)]
    internal static partial ulong duckdb_data_chunk_get_size(DataChunkHandle chunk);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_data_chunk_get_vector(DataChunkHandle chunk, ulong column);

    [LibraryImport(Library)]
    internal static partial void* duckdb_vector_get_data(IntPtr vector);

    /// <summary>Validity bitmask (bit set = valid), or null when every row is valid.</summary>
    [LibraryImport(Library)]
    internal static partial ulong* duckdb_vector_get_validity(IntPtr vector);

    [LibraryImport(Library)]
    internal static partial void duckdb_vector_ensure_validity_writable(IntPtr vector);

    /// <summary>Copies <paramref name="length"/> UTF-8 bytes into the vector's string heap at <paramref name="index"/>.</summary>
    [LibraryImport(Library)]
    internal static partial void duckdb_vector_assign_string_element_len(IntPtr vector, ulong index, byte* text, ulong length);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_list_vector_get_child(IntPtr vector);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_list_vector_reserve(IntPtr vector, ulong capacity);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_list_vector_set_size(IntPtr vector, ulong size);

    [LibraryImport(Library)]
    internal static partial ulong duckdb_list_vector_get_size(IntPtr vector);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_create_logical_type(DuckDbType type);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_create_decimal_type(byte width, byte scale);

    [LibraryImport(Library)]
    internal static partial DuckDbType duckdb_get_type_id(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial byte duckdb_decimal_width(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial byte duckdb_decimal_scale(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial DuckDbType duckdb_decimal_internal_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial DuckDbType duckdb_enum_internal_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial uint duckdb_enum_dictionary_size(LogicalTypeHandle type);

    /// <summary>Returns a string the caller frees with duckdb_free.</summary>
    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_enum_dictionary_value(LogicalTypeHandle type, ulong index);

    [LibraryImport(Library)]
    internal static partial LogicalTypeHandle duckdb_list_type_child_type(LogicalTypeHandle type);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_logical_type(ref IntPtr type);
}
