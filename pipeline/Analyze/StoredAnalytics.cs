using System.Security.Cryptography;
using System.Text;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze;

/// <summary>
/// The analytic views read a stored copy of resolved_live (the costly part: every observation ranked by its sources),
/// rebuilt after each ingest and whenever the database is opened for writing and the copy lags: after an ingest that was
/// stopped before its refresh, or when this program's definition differs from the one the copy was built by.
/// Documents are committed one by one; the analytics follow them once the refresh commits (data_version tells which).
/// </summary>
public static class StoredAnalytics
{
    private static readonly string[] Definition = ["Analyze/Live/resolved_live.sql", "Analyze/Stored/resolved_store.sql"];

    /// <summary>SHA-256 of the definitions the stored copy is built by.</summary>
    public static string DefinitionHash { get; } = Convert.ToHexStringLower(SHA256.HashData(
        Encoding.UTF8.GetBytes(string.Join('\n', Definition.Select(Sql.Load)))));

    /// <summary>Rebuilds the stored copy in its own transaction when it lags (or always, with <paramref name="force"/>).</summary>
    public static bool Refresh(DuckDbConnection con, bool force = false) => con.Transaction(c => RefreshIn(c, force));

    /// <summary>As <see cref="Refresh"/>, inside the caller's transaction (the live views must exist).</summary>
    public static bool RefreshIn(DuckDbConnection con, bool force = false)
    {
        var state = con.Query(Sql.Load("Analyze/Stored/state.sql"), r => (
            Current: r.Long("generation") == r.Long("analytics_generation") && r.String("analytics_sql") == DefinitionHash,
            Stored: r.Bool("stored") == true))[0];
        if (state is { Current: true, Stored: true } && !force) return false;
        con.Execute(Sql.Load("Analyze/Stored/resolved_store.sql"));
        con.Execute(Sql.Load("Analyze/Stored/mark_fresh.sql"), DefinitionHash);
        return true;
    }
}
