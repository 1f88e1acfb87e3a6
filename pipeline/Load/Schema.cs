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
        SqlFolder.Run(c, "Load/Schema/");
        using (var criteria = c.Appender("criteria"))
            foreach (var k in Criteria.All)
                criteria.Row(k.Key, k.IndexScope, k.Order, k.NameVi, k.ShortVi);
        using (var lineage = c.Appender("unit_lineage"))
            foreach (var change in UnitLineage.Changes)
                foreach (var from in change.MergedFrom)
                    lineage.Row(change.NewUnit, change.Kind, change.Province, from, change.Effective, change.SourceUrl);
        SqlFolder.Run(c, "Load/Views/");
        StoredAnalytics.Apply(c);
    });
}
