using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// An open DuckDB database. Thread-safe: open one per process and file, then one connection per thread or request.
/// File databases go through DuckDB's instance cache, so opening the same file twice in a process shares one
/// database instead of two engines fighting over the file; ":memory:" always opens a fresh, private database.
/// </summary>
public sealed class DuckDb : IDisposable
{
    public const string InMemory = ":memory:";
    private static readonly Lazy<InstanceCacheHandle> Cache = new(duckdb_create_instance_cache);
    private readonly DatabaseHandle _handle;

    private DuckDb(DatabaseHandle handle, string path, bool readOnly)
    {
        _handle = handle;
        Path = path;
        ReadOnly = readOnly;
    }

    public string Path { get; }
    public bool ReadOnly { get; }

    /// <summary>The native library's version, e.g. "v1.5.6".</summary>
    public static string Version => Utf8(duckdb_library_version()) ?? "unknown";

    /// <param name="memoryLimit">DuckDB's memory_limit ("128MB", "1GB"); null: DuckDB's default (80% of RAM). Work past
    /// it spills to a temporary folder next to the database.</param>
    public static DuckDb Open(string path, bool readOnly = false, string? memoryLimit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var config = CreateConfig(readOnly, memoryLimit);
        var memory = path == InMemory;
        var state = memory
            ? duckdb_open_ext(path, out var handle, config, out var error)
            : duckdb_get_or_create_from_cache(Cache.Value, path, out handle, config, out error);
        var message = TakeUtf8(error);
        if (state == DuckDbState.Success) return new DuckDb(handle, path, readOnly);
        handle.Dispose();
        throw new DuckDbException($"Cannot open DuckDB database '{path}'{(readOnly ? " read-only" : "")}: {message ?? "unknown error"}");
    }

    /// <summary>A new connection; connections are not thread-safe, so give each thread its own.</summary>
    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (duckdb_connect(_handle, out var connection) == DuckDbState.Success) return new DuckDbConnection(connection);
        connection.Dispose();
        throw new DuckDbException($"Cannot connect to DuckDB database '{Path}'.");
    }

    public void Dispose() => _handle.Dispose();

    private static ConfigHandle CreateConfig(bool readOnly, string? memoryLimit)
    {
        if (duckdb_create_config(out var config) != DuckDbState.Success)
        {
            config.Dispose();
            throw new DuckDbException("Cannot create a DuckDB configuration.");
        }
        if (readOnly && duckdb_set_config(config, "access_mode", "READ_ONLY") != DuckDbState.Success)
        {
            config.Dispose();
            throw new DuckDbException("Cannot set DuckDB access_mode to READ_ONLY.");
        }
        if (memoryLimit is not null && duckdb_set_config(config, "memory_limit", memoryLimit) != DuckDbState.Success)
        {
            config.Dispose();
            throw new DuckDbException($"DuckDB does not accept the memory limit '{memoryLimit}' (write e.g. 128MB or 1GB).");
        }
        return config;
    }
}
