using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Analyze;

/// <summary>The embedded default data (seeds/ and data/) ingested once into a temporary database, read-only for its tests.</summary>
public sealed class SeedDatabase : IDisposable
{
    private readonly RepoPaths.TempDir _dir = RepoPaths.Temp();
    private readonly DuckDb _db;

    public SeedDatabase()
    {
        Path = _dir.File("seeds.duckdb");
        _db = Stages.OpenForWrite(Path);
        using var con = _db.Connect();
        Outcomes = Stages.Ingest(con, [RepoPaths.Seeds, RepoPaths.Data]).ToList();
    }

    public string Path { get; }
    public IReadOnlyList<IngestOutcome> Outcomes { get; }
    public DuckDbConnection Connect() => _db.Connect();

    /// <summary>The database itself, for readers that open their own connections (the dashboard's queries).</summary>
    public DuckDb Db => _db;

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }
}
