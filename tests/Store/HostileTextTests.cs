using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

public class HostileTextTests
{
    [Fact]
    public void Parameter_LoneSurrogate_RefusedWithClearMessage()
    {
        using var m = new MemoryDb();
        var e = Assert.Throws<DuckDbException>(() => m.Con.Execute("select $1", "Sở \uD800"));
        Assert.Equal(@"Cannot bind parameter $1 (string of 4 chars): Unable to translate Unicode character \\uD800 at index 3 to specified code page.", e.DuckDbMessage);
    }

    [Fact]
    public void Append_LoneSurrogate_RefusedWithRowAndColumn()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id int, s varchar)");
        using var app = m.Con.Appender("t");
        var e = Assert.Throws<DuckDbException>(() => app.Row(1, "x\uDC00"));
        Assert.Equal(@"Append failed at row 1, column 2: Unable to translate Unicode character \\uDC00 at index 1 to specified code page.", e.DuckDbMessage);
    }

    [Fact]
    public void String_EmbeddedNul_RoundTripsThroughAppender_RefusedAsParameter()
    {
        using var m = new MemoryDb();
        m.Con.ExecuteScript("create table t(id int, s varchar, l varchar[])");
        using (var app = m.Con.Appender("t"))
        {
            app.Row(1, "đ\0Đ", null);
            // DuckDB.NET passes a list's text and a parameter's text as C strings: "a\0b" would arrive as "a". Refused, never cut.
            var e = Assert.Throws<DuckDbException>(() => app.Row(2, "x", new[] { "a\0b" }));
            Assert.Equal("Append failed at row 2, column 3: the text holds a NUL character at index 1, which DuckDB.NET would cut off.", e.DuckDbMessage);
        }
        Assert.Equal(["đ\0Đ"], m.Con.Query("select s from t", r => r.String(0)));
        var p = Assert.Throws<DuckDbException>(() => m.Con.Scalar<string>("select $1", "a\0b"));
        Assert.Equal("Cannot bind parameter $1 (string of 3 chars): the text holds a NUL character at index 1, which DuckDB.NET would cut off.", p.DuckDbMessage);
    }

    [Fact]
    public void String_Long_RoundTripsThroughBindAndAppend()
    {
        using var m = new MemoryDb();
        var text = string.Concat(Enumerable.Repeat("Tiếp nhận, xử lý thông tin phản hồi. ", 20_000));
        m.Con.ExecuteScript("create table t(s varchar)");
        m.Con.Execute("insert into t values ($1)", text);
        using (var app = m.Con.Appender("t")) app.Row(text);
        Assert.Equal([text, text], m.Con.Query("select s from t", r => r.String(0)));
    }
}
