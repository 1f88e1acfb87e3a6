using Analytics.Pipeline.Export.Parquet;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;
using Analytics.Pipeline.Store;
using Analytics.Tests.Results;

namespace Analytics.Tests.Bench;

/// <summary>The Parquet export read back with hive partitioning: same rows, same values, Vietnamese partition names intact.</summary>
public sealed class ParquetExportTests : IDisposable
{
    private readonly DuckDb _db = Stages.OpenForWrite(":memory:");
    private readonly DuckDbConnection _con;
    private readonly string _out = Path.Combine(Path.GetTempPath(), "parquet-test-" + Guid.NewGuid().ToString("N"));

    public ParquetExportTests()
    {
        _con = _db.Connect();
        foreach (var outcome in Stages.Ingest(_con, [RepoPaths.Data])) Assert.False(outcome.Failed, outcome.SourceFile);
    }

    [Fact]
    public void Write_EveryRelation_ReadsBackWithTheSameRowCount()
    {
        var written = ParquetExport.Write(_con, _out);

        Assert.Equal(["conflicts", "documents", "gaps", "observations", "peer_comparison", "rank_movements", "resolved",
            "targets", "tasks", "trends", "weak_criteria"], written.Select(t => t.Relation));
        foreach (var table in written)
        {
            Assert.Equal(_con.Scalar<long>("SELECT count(*) FROM query_table($1)", table.Relation), table.Rows);
            if (table.Rows > 0) Assert.Equal(table.Rows, _con.Scalar<long>("SELECT count(*) FROM read_parquet($1, hive_partitioning = true)", Files(table.Folder)));
        }
    }

    // province (null = no province: the national rows), year → observations in the database and in the Parquet files
    public static TheoryData<string?, int> Partitions => new() { { "Khánh Hòa", 2024 }, { "TP. Hồ Chí Minh", 2020 }, { null, 2023 } };

    [Theory, MemberData(nameof(Partitions))]
    public void Write_Partition_KeepsProvinceAndYearValues(string? province, int year)
    {
        var files = Files(ParquetExport.Write(_con, _out).Single(t => t.Relation == "observations").Folder);
        const string inDb = "SELECT count(*), sum(value_pct) FROM observations WHERE province IS NOT DISTINCT FROM $1 AND year = $2";
        const string inParquet = "SELECT count(*), sum(value_pct) FROM read_parquet($1, hive_partitioning = true) WHERE province IS NOT DISTINCT FROM $2 AND year = $3";

        var expected = _con.Query(inDb, r => (r.Long(0), r.Decimal(1)), province, year).Single();
        Assert.True(expected.Item1 > 0);
        Assert.Equal(expected, _con.Query(inParquet, r => (r.Long(0), r.Decimal(1)), files, province, year).Single());
    }

    public static TheoryData<string, string> BadFolders => new()
    {
        { "", "--out: give the folder to write the Parquet files into" },
        { "/", "--out /: refusing to write into the filesystem root" },
    };

    [Theory, MemberData(nameof(BadFolders))]
    public void CheckedFolder_Refuses(string folder, string message) =>
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => ParquetExport.CheckedFolder(folder)).Message);

    [Fact]
    public void CheckedFolder_AFile_Refused()
    {
        var file = Path.GetTempFileName();
        try { Assert.Equal($"--out {file}: is a file, not a folder", Assert.Throws<ArgumentException>(() => ParquetExport.CheckedFolder(file)).Message); }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Command_MissingDatabase_ExitsWithTheReason()
    {
        var errors = new StringWriter();
        var code = Analytics.Pipeline.Commands.ExportParquetCommand.Run("/nonexistent/x.duckdb", _out, TextWriter.Null, errors);

        Assert.Equal(5, code);
        Assert.Equal("error: cannot open the database /nonexistent/x.duckdb: it does not exist: run the ingest first", errors.ToString().Trim());
        Assert.False(Directory.Exists(_out));
    }

    private static string Files(string folder) => Path.Combine(folder, "**", "*.parquet");

    public void Dispose()
    {
        _con.Dispose();
        _db.Dispose();
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}
