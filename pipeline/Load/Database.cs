using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>Opens the product's database: for writing (creating it and bringing its schema up to date) or for reading.</summary>
public static class Database
{
    /// <param name="memoryLimit">DuckDB's memory limit for this process (see <see cref="DuckDb.Open"/>); null: DuckDB's default.</param>
    public static DuckDb OpenForWrite(string path, string? memoryLimit = null)
    {
        if (path != ":memory:") Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var db = DuckDb.Open(path, readOnly: false, memoryLimit);
        using var con = db.Connect();
        Schema.Apply(con);
        return db;
    }

    public static DuckDb OpenForRead(string path) =>
        File.Exists(path) ? DuckDb.Open(path, readOnly: true)
            : throw new FileNotFoundException($"database {path} does not exist: run the ingest first", path);
}
