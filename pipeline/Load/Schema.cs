using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// Creates the raw tables, reloads the glossary tables, (re)creates every view and rebuilds the stored analytics when they
/// lag (<see cref="StoredAnalytics"/>). Idempotent.
/// </summary>
public static class Schema
{
    public static void Apply(DuckDbConnection con) => con.Transaction(c =>
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
        StoredAnalytics.Apply(c);
    });

    /// <summary>Runs every embedded .sql file of a folder in file-name order.</summary>
    private static void RunFolder(DuckDbConnection con, string folder)
    {
        foreach (var name in Sql.Names(folder))
            con.Execute(Sql.Load(name));
    }
}
