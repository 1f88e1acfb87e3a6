using System.Security.Cryptography;
using System.Text;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze;

/// <summary>
/// The analytic views are stored. Each stage (Analyze/Live/NN_name.sql, in file order) defines name_live from the raw
/// tables and the earlier stages' public views; Analyze/Stored/NN_name.sql keeps a copy of it as the table name_store;
/// Analyze/Views/NN_name.sql is the public view `name`, reading that table. (A stage without a Stored file defines its
/// public view in Live: unit_breaks, cheap and read by the stages after it.) The copies are rebuilt after each ingest,
/// and whenever the database is opened for writing and they lag: after an ingest stopped before its refresh, or when
/// this program's definitions (or the lineage glossary they read) differ from the ones they were built by.
/// Documents are committed batch by batch; the analytics follow them once the refresh commits (data_version tells which).
/// </summary>
public static class StoredAnalytics
{
    private static readonly IReadOnlyList<string> Stages = Sql.Names("Analyze/Live/").Select(n => n["Analyze/Live/".Length..]).ToList();

    private static readonly HashSet<string> Embedded = [.. Sql.Names()];

    private static IEnumerable<string> StoredStages => Stages.Where(s => Embedded.Contains("Analyze/Stored/" + s));

    /// <summary>The public views that read a stored copy, e.g. "trends" (its copy: "trends_store"; computed: "trends_live").</summary>
    public static IReadOnlyList<string> Views { get; } = StoredStages.Select(s => s[(s.IndexOf('_') + 1)..^".sql".Length])
        .Order(StringComparer.Ordinal).ToList();

    /// <summary>The stored tables the definitions make, e.g. "trends_store".</summary>
    public static IReadOnlyList<string> Tables { get; } = Views.Select(v => v + "_store").ToList();

    /// <summary>SHA-256 of everything the stored copies are built by: the live and stored SQL, and the lineage glossary.</summary>
    public static string DefinitionHash { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
        Stages.Select(s => Sql.Load("Analyze/Live/" + s))
            .Concat(StoredStages.Select(s => Sql.Load("Analyze/Stored/" + s)))
            .Concat(UnitLineage.Changes.Select(c => $"{c.NewUnit}|{c.Kind}|{c.Province}|{string.Join(',', c.MergedFrom)}|{c.Effective.DayNumber}"))))));

    /// <summary>Creates every stage's views, rebuilding the stored copies first when they lag. Inside the schema's transaction.</summary>
    public static void Apply(DuckDbConnection con)
    {
        var rebuild = Lags(con);
        foreach (var stage in Stages)
        {
            con.Execute(Sql.Load("Analyze/Live/" + stage));
            if (rebuild && StoredStages.Contains(stage)) con.Execute(Sql.Load("Analyze/Stored/" + stage));
            if (Embedded.Contains("Analyze/Views/" + stage)) con.Execute(Sql.Load("Analyze/Views/" + stage));
        }
        if (rebuild) con.Execute(Sql.Load("Analyze/Stored/mark_fresh.sql"), DefinitionHash);
    }

    /// <summary>Rebuilds the stored copies in their own transaction when they lag (or always, with <paramref name="force"/>).</summary>
    public static bool Refresh(DuckDbConnection con, bool force = false) => con.Transaction(c =>
    {
        if (!force && !Lags(c)) return false;
        foreach (var stage in StoredStages) c.Execute(Sql.Load("Analyze/Stored/" + stage));
        c.Execute(Sql.Load("Analyze/Stored/mark_fresh.sql"), DefinitionHash);
        return true;
    });

    private static bool Lags(DuckDbConnection con) => con.Query(Sql.Load("Analyze/Stored/state.sql"), r =>
        r.Long("generation") != r.Long("analytics_generation") || r.String("analytics_sql") != DefinitionHash
        || !(r.StringList("stored") ?? []).SequenceEqual(Tables))[0];
}
