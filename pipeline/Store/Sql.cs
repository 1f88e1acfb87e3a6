using System.Collections.Concurrent;
using System.Text;

namespace Analytics.Pipeline.Store;

/// <summary>
/// SQL files embedded in the pipeline assembly (every **/*.sql, named by its path under pipeline/ with '/').
/// </summary>
public static class Sql
{
    private static readonly ConcurrentDictionary<string, string> Loaded = new();

    /// <summary>The text of an embedded .sql file, e.g. Sql.Load("Analyze/trends.sql").</summary>
    public static string Load(string name) => Loaded.GetOrAdd(name.Replace('\\', '/'), Read);

    /// <summary>Every embedded .sql file's name, sorted.</summary>
    public static IReadOnlyList<string> Names() =>
        typeof(Sql).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n.Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static string Read(string name)
    {
        var assembly = typeof(Sql).Assembly;
        using var stream = assembly.GetManifestResourceStream(name) ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new FileNotFoundException($"No embedded SQL file '{name}'. Embedded: {string.Join(", ", Names())}.", name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
