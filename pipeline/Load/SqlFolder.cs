using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>Runs every embedded .sql file of a folder (e.g. "Load/Schema/") in file-name order.</summary>
public static class SqlFolder
{
    public static IReadOnlyList<string> Names(string folder) =>
        typeof(SqlFolder).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static void Run(DuckDbConnection con, string folder)
    {
        foreach (var name in Names(folder))
            con.Execute(Sql.Load(name));
    }
}
