using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>Opens the product's database: for writing (creating it and bringing its schema up to date) or for reading.</summary>
public static class Database
{
    /// <param name="memoryLimit">DuckDB's memory limit for this process (see <see cref="DuckDb.Open"/>); null: DuckDB's default.</param>
    /// <param name="then">The later stages' definitions, run in the schema's transaction (<see cref="Schema.Apply"/>).</param>
    /// <exception cref="DatabaseUnavailable">Locked by another process, or not a DuckDB database.</exception>
    public static DuckDb OpenForWrite(string path, string? memoryLimit = null, Action<DuckDbConnection>? then = null)
    {
        if (path != ":memory:") Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var db = Opened(path, () => DuckDb.Open(path, readOnly: false, memoryLimit));
        try
        {
            using var con = db.Connect();
            Schema.Apply(con, then);
            // Written to the database file at once, not left in the write-ahead log: DuckDB 1.5.6 cannot replay an
            // ALTER TABLE … ADD COLUMN from the log ("GetDefaultDatabase with no default database set"), so a process
            // killed after an upgrade's first open would leave a database that no longer opens.
            if (path != ":memory:") con.Execute(Sql.Load("Load/Dml/checkpoint.sql"));
            return db;
        }
        catch (DuckDbException e)
        {
            db.Dispose();
            throw new DatabaseUnavailable(path, FirstLine(e.Message));
        }
    }

    /// <exception cref="DatabaseUnavailable">Missing, locked for writing by another process, or not a DuckDB database.</exception>
    public static DuckDb OpenForRead(string path) =>
        File.Exists(path) ? Opened(path, () => DuckDb.Open(path, readOnly: true))
            : throw new DatabaseUnavailable(path, "it does not exist: run the ingest first");

    private static DuckDb Opened(string path, Func<DuckDb> open)
    {
        try { return open(); }
        catch (DuckDbException e) { throw new DatabaseUnavailable(path, FirstLine(e.Message)); }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
