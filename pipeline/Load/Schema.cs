using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// Creates the raw tables, reloads the glossary tables and (re)creates Load's views; then, in the same transaction, runs
/// <c>then</c>: the later stages' definitions, handed down by the opening sequence above (Load never calls them). Idempotent.
/// </summary>
public static class Schema
{
    public static void Apply(DuckDbConnection con, Action<DuckDbConnection>? then = null) => con.Transaction(c =>
    {
        RunFolder(c, "Load/Schema/");
        using (var criteria = c.Appender("criteria"))
            foreach (var k in Criteria.All)
                criteria.Row(k.Key, k.IndexScope, k.Order, k.NameVi, k.ShortVi);
        using (var lineage = c.Appender("unit_lineage"))
            foreach (var change in UnitLineage.Changes)
                foreach (var from in change.MergedFrom)
                    lineage.Row(change.NewUnit, change.Kind, change.Province, from, change.Effective, change.SourceUrl);
        RunFolder(c, "Load/Views/");
        then?.Invoke(c);
    });

    /// <summary>Runs every embedded .sql file of a folder in file-name order.</summary>
    private static void RunFolder(DuckDbConnection con, string folder)
    {
        foreach (var name in Sql.Names(folder))
            con.Execute(Sql.Load(name));
    }
}
