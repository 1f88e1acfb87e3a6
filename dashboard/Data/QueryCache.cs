using System.Collections.Concurrent;
using System.Globalization;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Query results kept until the data changes. While the dashboard holds the database open for writing, DuckDB lets
/// no other process write it, so the only change is our own upload's ingest, which calls <see cref="Changed"/>.
/// Results are immutable records, safe to share between requests. Bounded: cleared when it grows past MaxEntries.
/// </summary>
public sealed class QueryCache
{
    public const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, object?> entries = new(StringComparer.Ordinal);
    private long version;

    public T Get<T>(string query, object?[] args, Func<T> load)
    {
        if (entries.Count > MaxEntries) entries.Clear();
        var key = Key(Interlocked.Read(ref version), query, args);
        return (T)entries.GetOrAdd(key, _ => load())!;
    }

    /// <summary>Forgets every result (after an ingest); results being read under the old version are not kept.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref version);
        entries.Clear();
    }

    private static string Key(long version, string query, object?[] args) =>
        string.Join('\u001F', args.Select(a => a switch
        {
            null => "∅",
            IFormattable f => a.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
            _ => a.GetType().Name + ":" + a,
        }).Prepend(query).Prepend(version.ToString(CultureInfo.InvariantCulture)));
}
