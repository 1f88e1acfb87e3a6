using Analytics.Bench.Synth;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Bench;

/// <summary>A small sample database, as `bench sample` makes it (3 departments of Khánh Hòa × 2023–2024, seed 2024),
/// built once into a temporary folder and read by its tests.</summary>
public sealed class SmallSample : IDisposable
{
    private readonly RepoPaths.TempDir _dir = RepoPaths.Temp();
    private readonly DuckDb _db;

    public const string Unit = "Sở Công Thương", Province = "Khánh Hòa";
    public const int Year = 2024;

    public SmallSample()
    {
        Path = _dir.File("sample.duckdb");
        var output = new StringWriter();
        ExitCode = SampleDatabase.Build(new SampleOptions(Path, Departments: 3, Years: 2), output);
        Output = output.ToString();
        _db = DuckDb.Open(Path, readOnly: true);
    }

    public string Path { get; }
    public int ExitCode { get; }
    public string Output { get; }
    public DuckDb Db => _db;
    public DuckDbConnection Connect() => _db.Connect();

    public void Dispose()
    {
        _db.Dispose();
        _dir.Dispose();
    }
}
