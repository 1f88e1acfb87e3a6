using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Analytics.Pipeline.Store;

/// <summary>
/// An open DuckDB database (DuckDB.NET.Data underneath). Thread-safe: open one per process and file, then one connection
/// per thread or request. The database stays open until this object is disposed (it holds a connection of its own).
/// A file is one database instance across connections and opens in the process: DuckDB.NET shares an instance per data
/// source, and the path given to it is always the full path, so "data/x.duckdb" and "/work/data/x.duckdb" are one
/// instance, never two engines fighting over one file. Opening a file already open with another configuration
/// (read-only against read-write, another memory limit) is refused, as DuckDB's own instance cache refuses it.
/// ":memory:" always opens a fresh, private database that this object's connections share.
/// </summary>
public sealed class DuckDb : IDisposable
{
    public const string InMemory = ":memory:";
    private static readonly Dictionary<string, (string Config, int Opens)> OpenFiles = [];
    private readonly DuckDBConnection _root;
    private readonly string _connectionString;
    private bool _disposed;

    private DuckDb(DuckDBConnection root, string path, bool readOnly, string connectionString)
    {
        _root = root;
        Path = path;
        ReadOnly = readOnly;
        _connectionString = connectionString;
    }

    public string Path { get; }
    public bool ReadOnly { get; }
    private bool IsMemory => Path == InMemory;

    /// <summary>The native library's version, e.g. "v1.5.6".</summary>
    public static string Version => NativeMethods.Startup.DuckDBLibraryVersion();

    /// <param name="memoryLimit">DuckDB's memory_limit ("128MB", "1GB"); null: DuckDB's default (80% of RAM). Work past
    /// it spills to a temporary folder next to the database.</param>
    public static DuckDb Open(string path, bool readOnly = false, string? memoryLimit = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var memory = path == InMemory;
        var builder = new DuckDBConnectionStringBuilder { DataSource = memory ? InMemory : System.IO.Path.GetFullPath(path) };
        if (readOnly) builder["access_mode"] = "READ_ONLY";
        if (memoryLimit is not null) builder["memory_limit"] = memoryLimit;
        var config = $"{(readOnly ? "read-only" : "read-write")}, memory limit {memoryLimit ?? "DuckDB's default"}";
        if (!memory) Register(builder.DataSource, config, path);
        var root = new DuckDBConnection(builder.ConnectionString);
        try
        {
            root.Open();
            return new DuckDb(root, path, readOnly, builder.ConnectionString);
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException)
        {
            root.Dispose();
            if (!memory) Unregister(builder.DataSource);
            throw new DuckDbException(e.Message.StartsWith("Error setting 'memory_limit'", StringComparison.Ordinal)
                ? $"DuckDB does not accept the memory limit '{memoryLimit}' (write e.g. 128MB or 1GB)."
                : $"Cannot open DuckDB database '{path}'{(readOnly ? " read-only" : "")}: {e.Message}", inner: e);
        }
    }

    /// <summary>A new connection; connections are not thread-safe, so give each thread its own.</summary>
    public DuckDbConnection Connect()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsMemory) return new DuckDbConnection(_root.Duplicate().Opened());
        return new DuckDbConnection(new DuckDBConnection(_connectionString).Opened());
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _root.Dispose();
        if (!IsMemory) Unregister(new DuckDBConnectionStringBuilder { ConnectionString = _connectionString }.DataSource);
    }

    private static void Register(string file, string config, string path)
    {
        lock (OpenFiles)
        {
            if (OpenFiles.TryGetValue(file, out var open) && open.Config != config)
                throw new DuckDbException($"Cannot open DuckDB database '{path}' ({config}): this process has it open already ({open.Config}).");
            OpenFiles[file] = (config, open.Opens + 1);
        }
    }

    private static void Unregister(string file)
    {
        lock (OpenFiles)
        {
            var open = OpenFiles[file];
            if (open.Opens == 1) OpenFiles.Remove(file);
            else OpenFiles[file] = (open.Config, open.Opens - 1);
        }
    }
}

internal static class ConnectionOpening
{
    /// <summary>Opens the connection and returns it; DuckDB.NET's open errors become DuckDbException.</summary>
    public static DuckDBConnection Opened(this DuckDBConnection connection)
    {
        try
        {
            if (connection.State != System.Data.ConnectionState.Open) connection.Open();
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw new DuckDbException(e.Message, inner: e);
        }
    }
}
