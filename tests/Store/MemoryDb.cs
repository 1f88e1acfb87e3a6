using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

/// <summary>A fresh in-memory database and one connection, per test.</summary>
internal sealed class MemoryDb : IDisposable
{
    public DuckDb Db { get; } = DuckDb.Open(DuckDb.InMemory);
    public DuckDbConnection Con { get; }

    public MemoryDb() => Con = Db.Connect();

    public void Dispose()
    {
        Con.Dispose();
        Db.Dispose();
    }
}

/// <summary>A temporary folder for file databases, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("analytics-store-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
