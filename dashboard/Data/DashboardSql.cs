using System.Collections.Concurrent;

namespace Analytics.Dashboard.Data;

/// <summary>The dashboard's embedded SQL files (Data/Sql/*.sql), one statement each, loaded once by name.</summary>
internal static class DashboardSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Load(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(DashboardSql).Assembly.GetManifestResourceStream("Dashboard/" + n + ".sql")
            ?? throw new InvalidOperationException($"SQL file Data/Sql/{n}.sql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
