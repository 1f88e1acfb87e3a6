using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace Analytics.Pipeline.Store;

/// <summary>
/// The one loader of embedded SQL files: the pipeline's (every **/*.sql, named by its path under pipeline/ with '/'), or
/// another assembly's (the bench's), each file read once.
/// </summary>
public static class Sql
{
    private static readonly ConcurrentDictionary<(Assembly Assembly, string Name), string> Loaded = new();

    /// <summary>The text of an embedded .sql file of the pipeline, e.g. Sql.Load("Read/figures.sql").</summary>
    public static string Load(string name) => Load(typeof(Sql).Assembly, name);

    /// <summary>The text of an .sql file embedded in <paramref name="assembly"/>.</summary>
    public static string Load(Assembly assembly, string name) =>
        Loaded.GetOrAdd((assembly, name.Replace('\\', '/')), static key => Read(key.Assembly, key.Name));

    /// <summary>The pipeline's embedded .sql files under a folder (e.g. "Load/Schema/"; "" = all), in file-name order.</summary>
    public static IReadOnlyList<string> Names(string folder = "") => Names(typeof(Sql).Assembly, folder);

    private static List<string> Names(Assembly assembly, string folder) =>
        assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n.Replace('\\', '/')).Where(n => n.StartsWith(folder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new FileNotFoundException($"No embedded SQL file '{name}'. Embedded: {string.Join(", ", Names(assembly, ""))}.", name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
