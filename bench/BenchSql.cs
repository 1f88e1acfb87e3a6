namespace Analytics.Bench;

/// <summary>The benchmark's own SQL files (bench/Sql/**/*.sql, embedded), one statement each.</summary>
public static class BenchSql
{
    public static string Load(string name)
    {
        var assembly = typeof(BenchSql).Assembly;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"No embedded bench SQL '{name}'", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
