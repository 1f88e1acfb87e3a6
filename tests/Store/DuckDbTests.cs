using Analytics.Pipeline.Store;

namespace Analytics.Tests.Store;

public class DuckDbTests
{
    [Fact]
    public void FileDatabase_TwoConnections_SeeCommittedDataOnly()
    {
        using var folder = new TempFolder();
        using var db = DuckDb.Open(folder.File("a.duckdb"));
        using var writer = db.Connect();
        using var reader = db.Connect();
        writer.ExecuteScript("create table t(unit varchar)");
        writer.Execute("insert into t values ($1)", "Sở Công Thương");
        Assert.Equal("Sở Công Thương", reader.Scalar<string>("select unit from t"));

        writer.Transaction(w =>
        {
            w.Execute("insert into t values ($1)", "Sở Tư pháp");
            Assert.Equal(1L, reader.Scalar<long>("select count(*) from t"));
        });
        Assert.Equal(2L, reader.Scalar<long>("select count(*) from t"));
    }

    [Fact]
    public void FileDatabase_ReopenedAfterDispose_KeepsData()
    {
        using var folder = new TempFolder();
        var path = folder.File("b.duckdb");
        using (var db = DuckDb.Open(path))
        using (var con = db.Connect())
        {
            con.ExecuteScript("create table t(unit varchar, v decimal(6,2), criteria varchar[])");
            con.Execute("insert into t values ($1, $2, $3)", "Khánh Hòa", 88.4m, new[] { "access", "feedback" });
        }
        using (var db = DuckDb.Open(path, readOnly: true))
        using (var con = db.Connect())
        {
            var row = con.Query("select * from t", r => (r.String("unit"), r.Decimal("v"), r.StringList("criteria"))).Single();
            Assert.Equal(("Khánh Hòa", 88.4m), (row.Item1, row.Item2));
            Assert.Equal(["access", "feedback"], row.Item3!);
            var e = Assert.Throws<DuckDbException>(() => con.Execute("insert into t values ('x', 1, [])"));
            Assert.Contains("read-only", e.DuckDbMessage);
        }
    }

    [Fact]
    public void FileDatabase_OpenedTwiceInProcess_SharesOneDatabase()
    {
        using var folder = new TempFolder();
        var path = folder.File("c.duckdb");
        using var first = DuckDb.Open(path);
        using var second = DuckDb.Open(path);
        using (var con = first.Connect()) con.ExecuteScript("create table t as select 42 as x");
        using var other = second.Connect();
        Assert.Equal(42, other.Scalar<int>("select x from t"));
    }

    [Fact]
    public void FileDatabase_RelativeAndFullPath_AreOneDatabase()
    {
        using var folder = new TempFolder();
        var full = folder.File("e.duckdb");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        Assert.NotEqual(full, relative);
        using var first = DuckDb.Open(full);
        using var second = DuckDb.Open(relative);
        using (var con = first.Connect()) con.ExecuteScript("create table t as select 'Khánh Hòa' as province");
        using var other = second.Connect();
        Assert.Equal("Khánh Hòa", other.Scalar<string>("select province from t"));
    }

    [Fact]
    public void FileDatabase_OpenWithAnotherConfiguration_Refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("f.duckdb");
        using var writer = DuckDb.Open(path, memoryLimit: "128MB");
        var e = Assert.Throws<DuckDbException>(() => DuckDb.Open(path, readOnly: true));
        Assert.Equal($"Cannot open DuckDB database '{path}' (read-only, memory limit DuckDB's default): " +
                     "this process has it open already (read-write, memory limit 128MB).", e.Message);
        using var again = DuckDb.Open(path, memoryLimit: "128MB"); // the same configuration shares the open database
        writer.Dispose();
        using (var con = again.Connect()) Assert.Equal("122.0 MiB", con.Scalar<string>("select current_setting('memory_limit')"));
    }

    [Fact]
    public async Task ReadSnapshot_DuringConcurrentWrites_SeesOneState()
    {
        using var folder = new TempFolder();
        using var db = DuckDb.Open(folder.File("g.duckdb"));
        using (var con = db.Connect()) con.ExecuteScript("create table t(i int); insert into t values (0)");
        using var stop = new CancellationTokenSource();
        var writes = Task.Run(() =>
        {
            using var w = db.Connect();
            var n = 0;
            while (!stop.IsCancellationRequested) w.Transaction(c => { c.Execute("insert into t values ($1)", ++n); c.Execute("insert into t values ($1)", -n); });
            return n;
        });
        using var reader = db.Connect();
        // The writer is under way before the reads begin (on a loaded machine its task may start late).
        Assert.True(SpinWait.SpinUntil(() => reader.Scalar<long>("select count(*) from t") > 1, TimeSpan.FromSeconds(60)));
        for (var round = 0; round < 20; round++)
        {
            using var snapshot = reader.ReadSnapshot();
            var count = reader.Scalar<long>("select count(*) from t");
            Thread.Sleep(5);
            Assert.Equal(0L, reader.Scalar<long>("select sum(i) from t")); // never half a transaction
            Assert.Equal(count, reader.Scalar<long>("select count(*) from t")); // one state for the snapshot's life
        }
        stop.Cancel();
        var written = await writes;
        Assert.True(written > 0);
        Assert.Equal(2L * written + 1, reader.Scalar<long>("select count(*) from t"));
    }

    [Fact]
    public void InMemory_EachOpenIsPrivate()
    {
        using var a = new MemoryDb();
        using var b = new MemoryDb();
        a.Con.ExecuteScript("create table t(x int)");
        Assert.Throws<DuckDbException>(() => b.Con.Execute("select * from t"));
    }

    [Fact]
    public void Open_BadPath_ThrowsWithPath()
    {
        var e = Assert.Throws<DuckDbException>(() => DuckDb.Open("/nonexistent-folder/x/y.duckdb"));
        Assert.StartsWith("Cannot open DuckDB database '/nonexistent-folder/x/y.duckdb': ", e.Message);
    }

    [Fact]
    public void Connections_OnePerThread_WriteConcurrently()
    {
        using var folder = new TempFolder();
        using var db = DuckDb.Open(folder.File("d.duckdb"));
        using (var con = db.Connect()) con.ExecuteScript("create table t(thread int, i int)");
        Parallel.For(0, 4, thread =>
        {
            using var con = db.Connect();
            for (var i = 0; i < 250; i++) con.Execute("insert into t values ($1, $2)", thread, i);
        });
        using var check = db.Connect();
        Assert.Equal(1000L, check.Scalar<long>("select count(*) from t"));
        Assert.Equal(4L * (249 * 250 / 2), check.Scalar<long>("select sum(i) from t"));
    }

    [Fact]
    public void Version_IsThePinnedLibrary() => Assert.Equal("v1.5.6", DuckDb.Version);
}
