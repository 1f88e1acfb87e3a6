using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

public class SqlTests
{
    [Fact]
    public void Load_EmbeddedFile_ByPathUnderPipeline()
    {
        var sql = Sql.Load("Store/database_info.sql");
        Assert.StartsWith("-- grain: one row for the open database", sql);
        using var m = new MemoryDb();
        var (version, name) = m.Con.Query(sql, r => (r.String("duckdb_version"), r.String("database_name"))).Single();
        Assert.Equal(DuckDb.Version, version);
        Assert.Equal("memory", name);
    }

    [Fact]
    public void Load_Missing_NamesFileAndListsEmbedded()
    {
        var e = Assert.Throws<FileNotFoundException>(() => Sql.Load("Analyze/nope.sql"));
        Assert.StartsWith("No embedded SQL file 'Analyze/nope.sql'. Embedded: ", e.Message);
        Assert.Contains("Store/database_info.sql", e.Message);
    }

    [Fact]
    public void Names_AreSlashSeparated() => Assert.Contains("Store/database_info.sql", Sql.Names());

    [Fact]
    public void Names_OfAFolder_OnlyItsFilesInNameOrder() =>
        Assert.Equal(["Analyze/Live/01_resolved.sql", "Analyze/Live/01b_unit_breaks.sql", "Analyze/Live/02_trends.sql"],
            Sql.Names("Analyze/Live/").Take(3));

    [Fact]
    public void Load_AnotherAssembly_ItsOwnFiles()
    {
        Assert.StartsWith("--", Sql.Load(typeof(Analytics.Bench.BenchSql).Assembly, "row_counts.sql"));
        var e = Assert.Throws<FileNotFoundException>(() => Sql.Load(typeof(Analytics.Bench.BenchSql).Assembly, "Store/database_info.sql"));
        Assert.Contains("row_counts.sql", e.Message);
    }
}
