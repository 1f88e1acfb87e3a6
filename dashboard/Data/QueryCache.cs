using System.Collections.Concurrent;
using System.Globalization;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Query results keyed by the data version they were read at (data_version: every document change and every rebuild of
/// the stored analytics moves it), so a result is only ever reused for a snapshot of the same data. Our own upload calls
/// <see cref="Changed"/> to drop the entries of older versions. Results are immutable records, safe to share between
/// requests. Bounded: cleared when it grows past MaxEntries.
/// </summary>
public sealed class QueryCache
{
    public const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, object?> entries = new(StringComparer.Ordinal);

    public T Get<T>(string version, string query, object?[] args, Func<T> load)
    {
        if (entries.Count > MaxEntries) entries.Clear();
        return (T)entries.GetOrAdd(Key(version, query, args), _ => load())!;
    }

    /// <summary>Forgets every result (after an ingest: they belong to older versions).</summary>
    public void Changed() => entries.Clear();

    private static string Key(string version, string query, object?[] args) =>
        string.Join('\u001F', args.Select(a => a switch
        {
            null => "∅",
            IFormattable f => a.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
            _ => a.GetType().Name + ":" + a,
        }).Prepend(query).Prepend(version));
}
