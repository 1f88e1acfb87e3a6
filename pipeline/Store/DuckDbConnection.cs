using DuckDB.NET.Data;

namespace Analytics.Pipeline.Store;

/// <summary>
/// One DuckDB connection. Not thread-safe: use it from one thread at a time.
/// Every method that takes values binds them as parameters $1..$n; nothing is concatenated into SQL.
/// A statement is prepared, then executed. DuckDB v1.5.6 plans it on the table statistics of the moment it is
/// prepared, so a commit by another connection between the two steps can leave a stale plan that returns wrong rows or
/// invalid text (duckdb/duckdb#23704; reproduction in tests/Fixtures/duckdb-repro). Both steps therefore always run in
/// one transaction: the caller's, or, outside one, a transaction of the statement's own.
/// </summary>
public sealed class DuckDbConnection : IDisposable
{
    private readonly DuckDBConnection _con;
    private int _transactions; // open on this connection: Transaction or ReadSnapshot (nested calls count too)

    internal DuckDbConnection(DuckDBConnection connection) => _con = connection;

    /// <summary>The provider's native connection, for the test that pins DuckDB's prepare/execute bug.</summary>
    internal DuckDB.NET.Native.DuckDBNativeConnection Native => _con.NativeConnection;

    /// <summary>Runs one statement with bound parameters; returns the number of rows changed.</summary>
    public long Execute(string sql, params object?[]? args) => InTransaction(() =>
    {
        using var command = Command(sql, args);
        return Run(sql, () => command.ExecuteNonQuery());
    });

    /// <summary>Runs a script of several statements (schema files); it takes no parameters. Not for transaction control:
    /// use <see cref="Transaction{T}"/> or <see cref="ReadSnapshot"/>, which the single statements rely on.</summary>
    public void ExecuteScript(string sql)
    {
        using var command = Command(sql, []);
        Run(sql, () => command.ExecuteNonQuery());
    }

    /// <summary>Runs a query and maps each row; the row is only valid inside <paramref name="map"/>.</summary>
    public List<T> Query<T>(string sql, Func<DuckDbRow, T> map, params object?[]? args) => InTransaction(() =>
    {
        using var command = Command(sql, args);
        return Run(sql, () =>
        {
            using var reader = command.ExecuteReader();
            var row = new DuckDbRow(reader, sql);
            var rows = new List<T>();
            while (reader.Read()) rows.Add(map(row));
            return rows;
        });
    });

    /// <summary>The first column of the first row, or default when there is no row or the value is NULL.</summary>
    public T? Scalar<T>(string sql, params object?[]? args)
    {
        var rows = Query(sql, r => r.Get<T>(0), args);
        return rows.Count == 0 ? default : rows[0];
    }

    /// <summary>Runs <paramref name="work"/> inside BEGIN/COMMIT; on any exception rolls back and rethrows.</summary>
    public void Transaction(Action<DuckDbConnection> work) => Transaction(c => { work(c); return true; });

    public T Transaction<T>(Func<DuckDbConnection, T> work)
    {
        ExecuteScript("BEGIN TRANSACTION");
        _transactions++;
        try
        {
            var result = work(this);
            ExecuteScript("COMMIT");
            return result;
        }
        catch
        {
            TryRollback();
            throw;
        }
        finally
        {
            _transactions--;
        }
    }

    /// <summary>
    /// Opens a transaction that only reads, so that every statement until the returned object is disposed sees one
    /// snapshot (a page's several queries agree even while another connection commits); disposing rolls it back.
    /// </summary>
    public IDisposable ReadSnapshot()
    {
        ExecuteScript("BEGIN TRANSACTION READ ONLY");
        _transactions++;
        return new SnapshotEnd(this);
    }

    /// <summary>A bulk appender for <paramref name="table"/>; dispose it (or call Close) to flush.</summary>
    public DuckDbAppender Appender(string table, string? schema = null) => DuckDbAppender.Create(this, _con, table, schema);

    public void Dispose() => _con.Dispose();

    private T InTransaction<T>(Func<T> run) => _transactions > 0 ? run() : Transaction(_ => run());

    private DuckDBCommand Command(string sql, object?[]? args)
    {
        var command = _con.CreateCommand();
        command.CommandText = sql;
        foreach (var value in Parameters.Of(args, sql)) command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        return command;
    }

    /// <summary>Runs a provider call, turning its errors into DuckDbException with the SQL's first line.</summary>
    internal static T Run<T>(string sql, Func<T> call)
    {
        try { return call(); }
        catch (DuckDBException e) { throw new DuckDbException(e.Message, sql, e); }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Invalid number of parameters", StringComparison.Ordinal))
        {
            throw new DuckDbException(e.Message, sql, e);
        }
    }

    private void TryRollback()
    {
        // A failed COMMIT has already ended the transaction; there is nothing left to roll back then.
        try { ExecuteScript("ROLLBACK"); }
        catch (DuckDbException) { }
    }

    private sealed class SnapshotEnd(DuckDbConnection con) : IDisposable
    {
        private bool _ended;

        public void Dispose()
        {
            if (_ended) return;
            _ended = true;
            con._transactions--;
            if (con._con.State == System.Data.ConnectionState.Open) con.TryRollback();
        }
    }
}
