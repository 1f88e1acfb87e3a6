using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

public class ListTests
{
    public static TheoryData<string[]> StringLists => new()
    {
        new[] { "access", "reception" },
        new[] { "Sở Công Thương", "Khánh Hòa", "ưƯđĐ", "📊 abcdefghijklm" },
        Array.Empty<string>(),
    };

    [Theory, MemberData(nameof(StringLists))]
    public void StringList_BoundAndSelected_RoundTrips(string[] items)
    {
        using var m = new MemoryDb();
        var (type, back, count) = m.Con.Query("select typeof($1), $1, len($1)", r => (r.String(0), r.StringList(1), r.Long(2)), items.AsEnumerable()).Single();
        Assert.Equal("VARCHAR[]", type);
        Assert.Equal(items, back!);
        Assert.Equal(items.Length, count);
    }

    [Fact]
    public void StringList_InTable_EachRowReadsItsOwnSlice()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id int, criteria varchar[])");
        m.Con.Execute("insert into t values (1, $1), (2, $2), (3, $3), (4, $4)",
            new List<string> { "access", "feedback" }, Array.Empty<string>(), null, new[] { "results" });
        var rows = m.Con.Query("select criteria from t order by id", r => r.StringList("criteria"));
        Assert.Equal(4, rows.Count);
        Assert.Equal(["access", "feedback"], rows[0]!);
        Assert.Empty(rows[1]!);
        Assert.Null(rows[2]);
        Assert.Equal(["results"], rows[3]!);
    }

    [Fact]
    public void StringList_ParameterInListFunctions()
    {
        using var m = new MemoryDb();
        var criteria = new[] { "access", "reception" };
        Assert.True(m.Con.Scalar<bool>("select list_contains($1, $2)", criteria, "reception"));
        Assert.Equal("access|reception", m.Con.Scalar<string>("select array_to_string($1, '|')", criteria));
    }

    [Fact]
    public void TypedArray_PassedAlone_IsOneListParameter()
    {
        using var m = new MemoryDb();
        Assert.Equal(2L, m.Con.Scalar<long>("select len($1)", new[] { "access", "reception" }));
        Assert.Equal(2L, m.Con.Scalar<long>("select len($1)", new[] { 85.67m, 4.33m }));
        Assert.Equal(3, m.Con.Scalar<int>("select $1 + $2", new object[] { 1, 2 })); // object[] stays a parameter list
    }

    [Fact]
    public void StringList_NullElement_ThrowsButValueKeepsIt()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Query("select ['a', null] as l", r => r.StringList("l")));
        Assert.Equal("Column 'l' has a NULL list element; read it with Value().", e.DuckDbMessage);
        Assert.Equal(new List<object?> { "a", null }, m.Con.Query("select ['a', null] as l", r => r.Value("l")).Single());
    }

    [Fact]
    public void NumberLists_ReadExactly()
    {
        using var m = new MemoryDb();
        var (decimals, longs, doubles) = m.Con.Query("select [85.67, 4.33]::decimal(6,2)[], range(4), [0.5, 1.25]::double[]",
            r => (r.DecimalList(0), r.LongList(1), r.DoubleList(2))).Single();
        Assert.Equal([85.67m, 4.33m], decimals!);
        Assert.Equal([0L, 1, 2, 3], longs!);
        Assert.Equal([0.5, 1.25], doubles!);
    }

    [Fact]
    public void NumberLists_BoundAsParameters()
    {
        using var m = new MemoryDb();
        Assert.Equal(90.00m, m.Con.Scalar<decimal>("select list_sum($1)", new[] { 85.67m, 4.33m }));
        Assert.Equal(6L, m.Con.Scalar<long>("select list_sum($1)", new List<long> { 1, 2, 3 }));
        Assert.Equal("INTEGER[]", m.Con.Scalar<string>("select typeof($1)", new[] { 7, 8 }));
    }

    [Fact]
    public void ConflictsShape_ListsOfDecimalsAndFiles()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table o(unit varchar, v decimal(6,2), f varchar)");
        m.Con.Execute("insert into o values ($1, $2, $3), ($1, $4, $5)", "Sở Công Thương", 90.61m, "a.docx", 89.78m, "b.pdf");
        var (values, files) = m.Con.Query("select list(v order by f), list(f order by f) from o group by unit",
            r => (r.DecimalList(0), r.StringList(1))).Single();
        Assert.Equal([90.61m, 89.78m], values!);
        Assert.Equal(["a.docx", "b.pdf"], files!);
    }
}
