using System.Diagnostics;
using Analytics.Pipeline.Store;
using Xunit.Abstractions;

namespace Analytics.Tests.Store;

public class DuckDbAppenderTests(ITestOutputHelper output)
{
    private const string Schema =
        "create table obs(unit varchar, year integer, value_pct decimal(6,2), is_derived boolean, issued_on date, criteria varchar[], rank bigint)";

    [Fact]
    public void Append_100kRows_CountAndSumExact()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript(Schema);
        var clock = Stopwatch.StartNew();
        using (var app = m.Con.Appender("obs"))
        {
            for (var i = 0; i < 100_000; i++)
                app.Row($"Sở {i % 18}", 2020 + i % 5, (i % 10_000) / 100m, i % 2 == 0, new DateOnly(2024, 1, 1).AddDays(i % 365),
                    i % 1000 == 0 ? new[] { "access", "feedback" } : null, (long)i);
            Assert.Equal(100_000, app.Rows);
        }
        var appendMs = clock.ElapsedMilliseconds;
        clock.Restart();
        m.Con.ExecuteScript("""
            create table ref as select 'Sở ' || (i % 18) as unit, 2020 + i % 5 as year, ((i % 10000) / 100)::decimal(6,2) as value_pct,
                i % 2 = 0 as is_derived, date '2024-01-01' + (i % 365)::int as issued_on,
                case when i % 1000 = 0 then ['access', 'feedback'] end as criteria, i as rank from range(100000) r(i)
            """);
        output.WriteLine($"appender: 100,000 rows in {appendMs} ms; reference INSERT ... SELECT in DuckDB: {clock.ElapsedMilliseconds} ms");
        Assert.Equal(0L, m.Con.Scalar<long>("select count(*) from (select * from obs except all select * from ref)"));

        // Σ over i of (i mod 10000)/100 = 10 × (0 + … + 9999)/100 = 4,999,500.00
        var (count, sum, derived, lists) = m.Con.Query(
            "select count(*), sum(value_pct), count(*) filter (where is_derived), count(criteria) from obs",
            r => (r.Long(0), r.Decimal(1), r.Long(2), r.Long(3))).Single();
        Assert.Equal(100_000L, count);
        Assert.Equal(4_999_500.00m, sum);
        Assert.Equal(50_000L, derived);
        Assert.Equal(100L, lists);
        Assert.Equal(99.99m, m.Con.Scalar<decimal>("select max(value_pct) from obs"));
        Assert.Equal(["access", "feedback"], m.Con.Scalar<IReadOnlyList<string>>("select criteria from obs where rank = 5000")!);
    }

    [Fact]
    public void Append_VietnameseNullsAndDecimals_RoundTrip()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript(Schema);
        using (var app = m.Con.Appender("obs"))
        {
            app.Row("Sở Công Thương", 2024, 85.67m, false, new DateOnly(2025, 1, 15), new[] { "access" }, 9L);
            app.Row(null, null, null, null, null, null, null);
        }
        var rows = m.Con.Query("select * from obs order by unit nulls last",
            r => (r.String("unit"), r.Int("year"), r.Decimal("value_pct"), r.Bool("is_derived"), r.Date("issued_on"), r.StringList("criteria"), r.Int("rank")));
        Assert.Equal(("Sở Công Thương", 2024, 85.67m, false, new DateOnly(2025, 1, 15)), (rows[0].Item1, rows[0].Item2, rows[0].Item3, rows[0].Item4, rows[0].Item5));
        Assert.Equal(["access"], rows[0].Item6!);
        Assert.Equal(9, rows[0].Item7);
        Assert.Equal((null, null, null, null, null, null, null), rows[1]);
    }

    [Fact]
    public void Append_WrongValueCount_Throws()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(a int, b int)");
        using var app = m.Con.Appender("t");
        var e = Assert.Throws<DuckDbException>(() => app.Row(1));
        Assert.Equal("The table has 2 column(s) but the row gives 1 value(s).", e.DuckDbMessage);
    }

    [Fact]
    public void Append_UnknownTable_ThrowsDuckDbMessage()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Appender("missing"));
        Assert.StartsWith("Cannot append to table 'missing': ", e.Message);
        Assert.Contains("missing", e.Message[30..]);
    }

    [Fact]
    public void Append_ConstraintViolation_SurfacesOnClose()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id int primary key)");
        var app = m.Con.Appender("t");
        app.Row(1);
        app.Row(1);
        var e = Assert.Throws<DuckDbException>(app.Close);
        Assert.Equal("Appending 2 row(s) failed: Failed to append: PRIMARY KEY or UNIQUE constraint violation: duplicate key \"1\"", e.DuckDbMessage);
        Assert.Equal(0L, m.Con.Scalar<long>("select count(*) from t"));
    }

    public static TheoryData<string, object, string> Misfits => new()
    {
        { "decimal(6,2)", 123456.7m, "a DECIMAL(6,2) column cannot hold Decimal 123456.7 (out of range)" },
        { "decimal(6,2)", 85.675m, "a DECIMAL(6,2) column cannot hold Decimal 85.675 (more than 2 decimals)" },
        { "integer", "18", "a INTEGER column cannot hold string of 2 chars" },
        { "tinyint", 300, "a TINYINT column cannot hold Int32 300 (out of range)" },
        { "varchar", 18, "a VARCHAR column cannot hold Int32 18" },
        { "date", new DateTime(2024, 1, 1, 8, 0, 0), "a DATE column cannot hold DateTime 01/01/2024 08:00:00" },
        { "varchar[]", "access", "a VARCHAR[] column cannot hold string of 6 chars" },
    };

    [Theory, MemberData(nameof(Misfits))]
    public void Append_ValueDoesNotFitColumn_ThrowsWithoutRounding(string type, object value, string message)
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript($"create table t(id int, v {type})");
        using var app = m.Con.Appender("t");
        app.Row(1, null);
        var e = Assert.Throws<DuckDbException>(() => app.Row(2, value));
        Assert.Equal($"Append failed at row 2, column 2: {message}.", e.DuckDbMessage);
        app.Close();
        Assert.Equal(1L, m.Con.Scalar<long>("select count(*) from t")); // the failed row left nothing behind
    }

    [Fact]
    public void Append_EveryType_RoundTrips()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(a hugeint, b decimal(38,2), c decimal(18,3), d decimal(4,1), e timestamp, f double, g smallint, h decimal(6,2)[])");
        var at = new DateTime(2025, 3, 1, 8, 30, 15).AddTicks(1_234_560);
        using (var app = m.Con.Appender("t"))
            app.Row(12345678901234L, 12345678901234567890.12m, 123456789012.345m, 1.5m, at, 0.25, (short)-3, new[] { 85.67m, 90m });
        var row = m.Con.Query("select * from t", r => (r.Long(0), r.Decimal(1), r.Decimal(2), r.Decimal(3), r.Timestamp(4), r.Double(5), r.Int(6), r.DecimalList(7))).Single();
        Assert.Equal((12345678901234L, 12345678901234567890.12m, 123456789012.345m, 1.5m, at, 0.25, -3), (row.Item1, row.Item2, row.Item3, row.Item4, row.Item5, row.Item6, row.Item7));
        Assert.Equal([85.67m, 90.00m], row.Item8!);
    }

    [Fact]
    public void Append_ListsAcrossManyChunks_KeepEachRowsItems()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id int, criteria varchar[])");
        using (var app = m.Con.Appender("t"))
            for (var i = 0; i < 5000; i++) app.Row(i, Enumerable.Range(0, i % 4).Select(k => $"tiêu chí {i}.{k}").ToArray());
        var rows = m.Con.Query("select id, criteria from t order by id", r => (r.Int(0)!.Value, r.StringList(1)!));
        Assert.Equal(5000, rows.Count);
        Assert.All(rows, r => Assert.Equal(Enumerable.Range(0, r.Item1 % 4).Select(k => $"tiêu chí {r.Item1}.{k}"), r.Item2));
    }

    [Fact]
    public void Append_UnsupportedColumnType_RefusedUpFront()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create type code as enum ('SIPAS', 'PAR_INDEX'); create table t(id int, c code)");
        var e = Assert.Throws<DuckDbException>(() => m.Con.Appender("t"));
        Assert.Equal("Cannot append to table 't': unsupported column type(s) column 2 ENUM('SIPAS', 'PAR_INDEX'); use INSERT instead.", e.Message);
    }
}
