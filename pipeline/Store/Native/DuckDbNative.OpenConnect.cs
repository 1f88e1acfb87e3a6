using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

// C API docs: "Open Connect", "Configuration", "Helpers".
internal static partial class DuckDbNative
{
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_open_ext(string path, out DatabaseHandle database, ConfigHandle config, out IntPtr error);

    [LibraryImport(Library)]
    internal static partial InstanceCacheHandle duckdb_create_instance_cache();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_get_or_create_from_cache(
        InstanceCacheHandle cache, string path, out DatabaseHandle database, ConfigHandle config, out IntPtr error);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_instance_cache(ref IntPtr cache);

    [LibraryImport(Library)]
    internal static partial void duckdb_close(ref IntPtr database);

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_connect(DatabaseHandle database, out ConnectionHandle connection);

    [LibraryImport(Library)]
    internal static partial void duckdb_disconnect(ref IntPtr connection);

    [LibraryImport(Library)]
    internal static partial IntPtr duckdb_library_version();

    [LibraryImport(Library)]
    internal static partial DuckDbState duckdb_create_config(out ConfigHandle config);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_set_config(ConfigHandle config, string name, string option);

    [LibraryImport(Library)]
    internal static partial void duckdb_destroy_config(ref IntPtr config);

    [LibraryImport(Library)]
    internal static partial void duckdb_free(IntPtr pointer);
}
