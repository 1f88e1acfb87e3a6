using System.Reflection;
using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

/// <summary>
/// Thin mirror of DuckDB's C API (duckdb.h, v1.5), split into files grouped like DuckDB's own C API docs:
/// open/connect, query/prepared statements, result/chunks/vectors, values and logical types, appender.
/// Everything DuckDB-native lives in this folder, so another binding could replace it in one change.
/// </summary>
internal static partial class DuckDbNative
{
    internal const string Library = "duckdb";

    static DuckDbNative() => NativeLibrary.SetDllImportResolver(typeof(DuckDbNative).Assembly, Resolve);

    /// <summary>Loads libduckdb.so from next to the binaries, then falls back to the system search path.</summary>
    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != Library) return IntPtr.Zero;
        var local = Path.Combine(AppContext.BaseDirectory, "libduckdb.so");
        if (File.Exists(local)) return NativeLibrary.Load(local);
        if (NativeLibrary.TryLoad("libduckdb.so", assembly, searchPath, out var system)) return system;
        throw new DllNotFoundException(
            $"libduckdb.so was not found in {AppContext.BaseDirectory} nor on the library path; build the pipeline project (it fetches DuckDB).");
    }

    /// <summary>Copies a NUL-terminated UTF-8 string owned by DuckDB (not freed here).</summary>
    internal static string? Utf8(IntPtr text) => text == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(text);

    /// <summary>Copies then frees (duckdb_free) a string that DuckDB allocated for the caller.</summary>
    internal static string? TakeUtf8(IntPtr text)
    {
        if (text == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(text); }
        finally { duckdb_free(text); }
    }
}
