using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze;

/// <summary>One offending row of a data check (Analyze/Checks/*.sql: SQL returning the rows that break a rule).</summary>
public sealed record CheckFailure(string Check, string Key, string Problem);

/// <summary>Runs every data check; an empty list means the database holds together.</summary>
public static class DataChecks
{
    public static IReadOnlyList<CheckFailure> Run(DuckDbConnection con) =>
        Sql.Names("Analyze/Checks/")
            .SelectMany(name => con.Query(Sql.Load(name), r =>
                new CheckFailure(Path.GetFileNameWithoutExtension(name), r.String("key") ?? "", r.String("problem") ?? "")))
            .ToList();
}
