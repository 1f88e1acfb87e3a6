using Analytics.Pipeline.Store;

namespace Analytics.Bench;

/// <summary>The benchmark's own SQL files (bench/Sql/**/*.sql, embedded in this assembly), read by the pipeline's one loader.</summary>
public static class BenchSql
{
    public static string Load(string name) => Sql.Load(typeof(BenchSql).Assembly, name);
}
