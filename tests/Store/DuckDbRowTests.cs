using System.Globalization;
using System.Text;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

public class DuckDbRowTests
{
    public static TheoryData<string> Texts => new()
    {
        "Sở Công Thương",                      // > 12 UTF-8 bytes: stored behind a pointer
        "Khánh Hòa",                           // 11 bytes: inline
        "ưƯđĐ",                                // 8 bytes of 2-byte letters
        "Kế hoạch 📊 cải thiện SIPAS 2025 ✅",  // 4-byte emoji
        "abcdefghijkl",                        // exactly 12 bytes: the last inline length
        "abcdefghijklm",                       // 13 bytes: the first pointer length
        "",
        "Tiếp nhận, xử lý thông tin phản hồi; giảm 4 bậc so với năm 2023",
    };

    [Theory, MemberData(nameof(Texts))]
    public void String_BoundAndSelected_RoundTripsExactBytes(string text)
    {
        using var m = new MemoryDb();
        var (back, bytes) = m.Con.Query("select $1 as t, strlen($1) as n", r => (r.String("t"), r.Long("n")), text).Single();
        Assert.Equal(text, back);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), bytes);
    }

    [Theory, MemberData(nameof(Texts))]
    public void String_StoredInTable_RoundTrips(string text)
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id integer, s varchar)");
        m.Con.Execute("insert into t values (1, $1), (2, $1 || $1)", text);
        var rows = m.Con.Query("select s from t order by id", r => r.String(0));
        Assert.Equal([text, text + text], rows);
    }

    [Fact]
    public void String_Decomposed_IsNotNormalisedByTheStore()
    {
        using var m = new MemoryDb();
        var nfd = "Khánh Hòa".Normalize(NormalizationForm.FormD);
        Assert.Equal(nfd, m.Con.Scalar<string>("select $1", nfd));
    }

    public static TheoryData<string, string, object> Values => new()
    {
        { "'Sở Công Thương'::varchar", "String", "Sở Công Thương" },
        { "true", "Bool", true },
        { "(-7)::tinyint", "Int", -7 },
        { "300::smallint", "Int", 300 },
        { "2147483647::integer", "Int", int.MaxValue },
        { "200::utinyint", "Int", 200 },
        { "9007199254740993::bigint", "Long", 9007199254740993L },
        { "12345678901::hugeint", "Long", 12345678901L },
        { "1.5::float", "Double", 1.5 },
        { "0.1::double", "Double", 0.1 },
        { "42::integer", "Decimal", 42m },
        { "85.67::decimal(6,2)", "Decimal", 85.67m },
        { "(-85.67)::decimal(6,2)", "Decimal", -85.67m },
        { "1.5::decimal(4,1)", "Decimal", 1.5m },
        { "1234.5678::decimal(9,4)", "Decimal", 1234.5678m },
        { "123456789012.345::decimal(18,3)", "Decimal", 123456789012.345m },
        { "12345678901234567890.12::decimal(38,2)", "Decimal", 12345678901234567890.12m },
        { "88.4::decimal(6,2)", "Double", 88.4 },
        { "date '2024-12-31'", "Date", new DateOnly(2024, 12, 31) },
        { "date '1969-07-20'", "Date", new DateOnly(1969, 7, 20) },
        { "timestamp '2025-03-01 08:30:15.123456'", "Timestamp", new DateTime(2025, 3, 1, 8, 30, 15).AddTicks(1_234_560) },
        { "timestamp '2025-03-01 08:30:15'", "Date", new DateOnly(2025, 3, 1) },
    };

    [Theory, MemberData(nameof(Values))]
    public void Getter_ReadsTypedValue(string literal, string getter, object expected)
    {
        using var m = new MemoryDb();
        var value = m.Con.Query($"select {literal} as v", r => Read(r, getter)).Single();
        Assert.Equal(expected, value);
    }

    public static TheoryData<string, string> Types => new()
    {
        { "varchar", "String" }, { "boolean", "Bool" }, { "tinyint", "Int" }, { "smallint", "Int" },
        { "integer", "Int" }, { "bigint", "Long" }, { "hugeint", "Long" }, { "float", "Double" },
        { "double", "Double" }, { "decimal(6,2)", "Decimal" }, { "decimal(18,3)", "Decimal" },
        { "decimal(38,2)", "Decimal" }, { "date", "Date" }, { "timestamp", "Timestamp" },
        { "varchar[]", "StringList" }, { "decimal(6,2)[]", "DecimalList" }, { "integer[]", "LongList" },
        { "double[]", "DoubleList" },
    };

    [Theory, MemberData(nameof(Types))]
    public void Getter_SqlNullInTable_GivesNull(string type, string getter)
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript($"create table t(v {type}); insert into t values (null)");
        m.Con.Query("select v from t", r =>
        {
            Assert.True(r.IsNull("v"));
            Assert.Null(Read(r, getter));
            Assert.Null(r.Value(0));
            return 0;
        });
    }

    [Fact]
    public void Decimal_KeepsScale_ForExactFormatting()
    {
        using var m = new MemoryDb();
        var (a, b) = m.Con.Query("select 85.67::decimal(6,2), 90::decimal(6,2)", r => (r.Decimal(0), r.Decimal(1))).Single();
        Assert.Equal("85.67", a!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("90.00", b!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("85,67", a.Value.ToString(CultureInfo.GetCultureInfo("vi-VN")));
    }

    [Fact]
    public void Decimal_SixTwo_ExactThroughTableAndSqlArithmetic()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table o(v decimal(6,2))");
        m.Con.Execute("insert into o values ($1)", 85.67m);
        var (stored, gap, sum) = m.Con.Query("select v, 90 - v as gap, v + $1 as s from o",
            r => (r.Decimal("v"), r.Decimal("gap"), r.Decimal("s")), 0.1m).Single();
        Assert.Equal(85.67m, stored);
        Assert.Equal(4.33m, gap);
        Assert.Equal(85.77m, sum);
        Assert.Equal(0.3m, m.Con.Scalar<decimal>("select $1 + $2", 0.1m, 0.2m));
    }

    [Fact]
    public void Enum_ReadsItsLabel()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create type index_code as enum ('SIPAS', 'PAR_INDEX')");
        Assert.Equal("PAR_INDEX", m.Con.Scalar<string>("select 'PAR_INDEX'::index_code"));
    }

    [Fact]
    public void Getter_WrongType_NamesColumnAndType()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Query("select 7 as rank", r => r.String("rank")));
        Assert.Equal("Column 'rank' is INTEGER; it cannot be read as String.", e.DuckDbMessage);
    }

    [Fact]
    public void Getter_UnknownName_ListsColumns()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Query("select 1 as unit, 2 as year", r => r.Int("rank")));
        Assert.Equal("The result has no column 'rank'; it has: unit, year.", e.DuckDbMessage);
        Assert.Equal(2, m.Con.Query("select 1 as unit, 2 as Year", r => r.Int("YEAR")).Single());
    }

    [Fact]
    public void Query_ManyChunks_ReadsEveryRow()
    {
        using var m = new MemoryDb();
        var rows = m.Con.Query("select i, i::varchar || ' đơn vị' as s from range(5000) r(i) order by i", r => (r.Long(0)!.Value, r.String(1)));
        Assert.Equal(5000, rows.Count);
        Assert.Equal(Enumerable.Range(0, 5000).Sum(i => (long)i), rows.Sum(r => r.Item1));
        Assert.Equal("4999 đơn vị", rows[^1].Item2);
    }

    private static object? Read(DuckDbRow r, string getter) => getter switch
    {
        "String" => r.String(0), "Bool" => r.Bool(0), "Int" => r.Int(0), "Long" => r.Long(0),
        "Double" => r.Double(0), "Decimal" => r.Decimal(0), "Date" => r.Date(0), "Timestamp" => r.Timestamp(0),
        "StringList" => r.StringList(0), "DecimalList" => r.DecimalList(0), "LongList" => r.LongList(0),
        "DoubleList" => r.DoubleList(0),
        _ => throw new ArgumentException(getter),
    };
}
