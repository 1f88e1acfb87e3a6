using System.Text;
using Analytics.Pipeline.Store;
using DuckDB.NET.Native;

namespace Analytics.Tests.Store;

/// <summary>
/// A statement is prepared and executed in two steps. DuckDB v1.5.6 builds the plan on the table statistics of the
/// moment it is prepared, so when another connection commits between the two steps — which outside a transaction
/// it may — the plan's statistics-based rewrites no longer hold for the rows it reads (issue 7's invalid text;
/// upstream duckdb/duckdb#23704, fixed by #24696). Reproduction and figures: tests/Fixtures/duckdb-repro/.
/// Inside one transaction both steps see one snapshot, and the result is right. The two steps are taken here through
/// DuckDB.NET's native bindings, as DuckDB.NET's own commands take them, with a commit between.
/// </summary>
public class StatementTests
{
    private const string File = "par_index_provinces.csv";

    // sql; what DuckDB v1.5.6 returns when prepared on the empty table and run after the commit; what a fresh query
    // returns; what a transaction begun before the commit sees.
    public static TheoryData<string, string, string, string> Plans => new()
    {
        // Compressed materialization: strings sorted as integers sized for the empty table's statistics.
        { "select source_file from raw_documents order by source_file", "invalid UTF-8: 86", File, "(no row)" },
        { "select source_file from raw_documents group by source_file", "invalid UTF-8: 86", File, "(no row)" },
        // Filter pruning: the empty table's statistics rule out any match.
        { "select count(*)::varchar from raw_documents where source_file = 'par_index_provinces.csv'", "0", "1", "0" },
        { "select source_file from raw_documents where source_file > 'a'", "(no row)", File, "(no row)" },
    };

    [Theory, MemberData(nameof(Plans))]
    public void PreparedBeforeAnotherConnectionCommits_RunsAStalePlan(string sql, string stale, string fresh, string _)
    {
        using var m = new MemoryDb();
        using var writer = m.Db.Connect();
        writer.ExecuteScript("create table raw_documents(source_file varchar not null)");
        using var statement = Prepare(m.Con, sql);
        writer.Execute("insert into raw_documents values ($1)", File);

        // When this fails, the DuckDB in use no longer keeps stale statistics in a plan: issue 7's known bug is gone.
        Assert.Equal(stale, Outcome(statement));
        Assert.Equal(fresh, string.Join(", ", m.Con.Query(sql, r => r.String(0))) is { Length: > 0 } s ? s : "(no row)");
    }

    [Theory, MemberData(nameof(Plans))]
    public void PreparedAndExecutedInOneTransaction_SeesOneSnapshot(string sql, string _, string fresh, string snapshot)
    {
        using var m = new MemoryDb();
        using var writer = m.Db.Connect();
        writer.ExecuteScript("create table raw_documents(source_file varchar not null)");

        var seen = m.Con.Transaction(c =>
        {
            using var statement = Prepare(c, sql);
            writer.Execute("insert into raw_documents values ($1)", File);
            return Outcome(statement);
        });

        Assert.Equal(snapshot, seen);
        using var again = Prepare(m.Con, sql);
        Assert.Equal(fresh, Outcome(again));
    }

    private static DuckDBPreparedStatement Prepare(DuckDbConnection con, string sql)
    {
        Assert.Equal(DuckDBState.Success, NativeMethods.PreparedStatements.DuckDBPrepare(con.Native, sql, out var statement));
        return statement;
    }

    /// <summary>The first column (VARCHAR) of every row, or what went wrong reading it.</summary>
    private static unsafe string Outcome(DuckDBPreparedStatement statement)
    {
        Assert.Equal(DuckDBState.Success, NativeMethods.PreparedStatements.DuckDBExecutePrepared(statement, out var result));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var values = new List<string>();
        try
        {
            while (true)
            {
                using var chunk = NativeMethods.Query.DuckDBFetchChunk(result);
                if (chunk.IsInvalid) break;
                var data = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, 0));
                for (var row = 0; row < (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(chunk); row++)
                {
                    // duckdb_string_t: a 4-byte length, then up to 12 bytes inline, else a 4-byte prefix and a pointer.
                    var s = data + 16 * row;
                    var length = *(int*)s;
                    var bytes = length <= 12 ? s + 4 : (byte*)*(IntPtr*)(s + 8);
                    values.Add(strict.GetString(new ReadOnlySpan<byte>(bytes, length)));
                }
            }
            return values.Count == 0 ? "(no row)" : string.Join(", ", values);
        }
        catch (DecoderFallbackException e)
        {
            return "invalid UTF-8: " + Convert.ToHexString(e.BytesUnknown ?? []);
        }
        finally
        {
            NativeMethods.Query.DuckDBDestroyResult(ref result);
        }
    }
}
