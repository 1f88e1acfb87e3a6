using System.CommandLine;

namespace Analytics.Pipeline.Commands;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public const string DefaultDb = "data/analytics.duckdb";

    public static Option<string> Db() => new("--db")
    {
        Description = "DuckDB database file",
        DefaultValueFactory = _ => DefaultDb,
    };
}
