using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

public class DuckDbConnectionTests
{
    [Fact]
    public void Execute_ReturnsRowsChanged()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(unit varchar, v decimal(6,2))");
        Assert.Equal(3, m.Con.Execute("insert into t values ($1, 1), ($1, 2), ($2, 3)", "Sở Công Thương", "Sở Tư pháp"));
        Assert.Equal(2, m.Con.Execute("update t set v = v + 1 where unit = $1", "Sở Công Thương"));
        Assert.Equal(5m, m.Con.Scalar<decimal>("select sum(v) from t where unit = $1", "Sở Công Thương"));
    }

    public static TheoryData<object, string> Parameters => new()
    {
        { true, "BOOLEAN" },
        { 18, "INTEGER" },
        { 9007199254740993L, "BIGINT" },
        { 0.25, "DOUBLE" },
        { 85.67m, "DECIMAL(4,2)" },
        { 0.05m, "DECIMAL(3,2)" }, // DuckDB.NET gives a decimal one digit before the point
        { new DateOnly(2024, 12, 31), "DATE" },
        { new DateTime(2025, 3, 1, 8, 30, 15), "TIMESTAMP" },
        { "Khánh Hòa", "VARCHAR" },
    };

    [Theory, MemberData(nameof(Parameters))]
    public void Parameter_BindsWithItsType_AndRoundTrips(object value, string duckType)
    {
        using var m = new MemoryDb();
        var (type, back) = m.Con.Query("select typeof($1), $1", r => (r.String(0), r.Value(1)), value).Single();
        Assert.Equal(duckType, type);
        Assert.Equal(value, back);
    }

    [Fact]
    public void Parameter_DateOnly_UsableInDateArithmetic()
    {
        using var m = new MemoryDb();
        Assert.Equal(new DateOnly(2025, 1, 1), m.Con.Scalar<DateOnly>("select $1 + 1", new DateOnly(2024, 12, 31)));
    }

    [Fact]
    public void Parameter_LoneNull_BindsOneNull()
    {
        using var m = new MemoryDb();
        Assert.Null(m.Con.Scalar<string>("select $1::varchar", null));
        Assert.Null(m.Con.Scalar<int?>("select $1::integer", (object?)null));
        Assert.Equal(5, m.Con.Scalar<int?>("select coalesce($1::integer, 5)", (object?)null));
    }

    [Fact]
    public void Parameter_IsNeverInterpretedAsSql()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(s varchar)");
        const string hostile = "x'); drop table t; --";
        m.Con.Execute("insert into t values ($1)", hostile);
        Assert.Equal(hostile, m.Con.Scalar<string>("select s from t"));
    }

    [Theory]
    [InlineData("select $1 + $2", new object[] { 1 }, "Invalid number of parameters. Expected 2, got 1")]
    [InlineData("select $1", new object[] { }, "Invalid number of parameters. Expected 1, got 0")]
    public void Parameter_TooFew_Throws(string sql, object[] args, string message)
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Execute(sql, args));
        Assert.Equal(message, e.DuckDbMessage);
        Assert.Equal(sql, e.SqlFirstLine);
    }

    [Fact]
    public void Parameter_UnsupportedType_Throws()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Execute("select $1", Guid.Empty));
        Assert.Contains("Guid", e.Message);
    }

    public static TheoryData<string, string> Errors => new()
    {
        { "selec 1", "Parser Error: syntax error at or near \"selec\"" },
        { "select * from nope", "Catalog Error: Table with name nope does not exist!" },
        { "select cast('abc' as integer)", "Conversion Error: Could not convert string 'abc' to INT32" },
    };

    [Theory, MemberData(nameof(Errors))]
    public void SqlError_CarriesDuckDbMessageAndSqlLine(string sql, string start)
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Query(sql, r => r.Value(0)));
        Assert.StartsWith(start, e.DuckDbMessage);
        Assert.Equal(sql, e.SqlFirstLine);
        Assert.Contains("in SQL: " + sql, e.Message);
    }

    [Fact]
    public void SqlError_FromFile_ShowsFirstLine()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.ExecuteScript("-- grain: one row per unit\n\nselect * from missing_view"));
        Assert.Equal("-- grain: one row per unit", e.SqlFirstLine);
        Assert.StartsWith("Catalog Error: Table with name missing_view does not exist!", e.DuckDbMessage);
    }

    [Fact]
    public void ExecuteScript_RunsEveryStatement()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table a(x int); create table b(x int); insert into b values (1), (2)");
        Assert.Equal(2L, m.Con.Scalar<long>("select count(*) from b"));
        Assert.Equal(0L, m.Con.Scalar<long>("select count(*) from a"));
    }

    [Fact]
    public void Scalar_NoRows_GivesDefault()
    {
        using var m = new MemoryDb();
        Assert.Null(m.Con.Scalar<string>("select 'x' where false"));
        Assert.Equal(0, m.Con.Scalar<int>("select 1 where false"));
        Assert.Equal(12345678901L, m.Con.Scalar<long>("select sum(x) from (values (12345678900), (1)) t(x)"));
    }

    [Fact]
    public void Transaction_Throws_RollsBackEverything()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id integer primary key)");
        var e = Assert.Throws<InvalidOperationException>(() => m.Con.Transaction(c =>
        {
            c.Execute("insert into t values ($1)", 1);
            c.Execute("insert into t values ($1)", 2);
            throw new InvalidOperationException("stop");
        }));
        Assert.Equal("stop", e.Message);
        Assert.Equal(0L, m.Con.Scalar<long>("select count(*) from t"));
    }

    [Fact]
    public void Transaction_SqlErrorInside_RollsBackAndRethrows()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id integer primary key)");
        var e = Assert.Throws<DuckDbException>(() => m.Con.Transaction(c =>
        {
            c.Execute("insert into t values ($1)", 1);
            c.Execute("insert into t values ($1)", 1);
        }));
        Assert.StartsWith("Constraint Error", e.DuckDbMessage);
        Assert.Equal(0L, m.Con.Scalar<long>("select count(*) from t"));
        m.Con.Execute("insert into t values ($1)", 1); // the connection is usable again
    }

    [Fact]
    public void Transaction_Completes_CommitsAndReturns()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id integer)");
        var n = m.Con.Transaction(c => c.Execute("insert into t select * from range(10)"));
        Assert.Equal(10, n);
        Assert.Equal(45L, m.Con.Scalar<long>("select sum(id) from t"));
    }
}
