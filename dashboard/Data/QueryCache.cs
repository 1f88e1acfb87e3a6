using System.Collections.Concurrent;
using System.Globalization;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Query results keyed by the data version they were read at (data_version: every document change and every rebuild of
/// the stored analytics moves it), so a result is only ever reused for a snapshot of the same data. Our own upload calls
/// <see cref="Changed"/> to drop the entries of older versions. Results are immutable records, safe to share between
/// requests. Bounded by rows, not only entries (one national query can hold a hundred thousand rows): cleared when it
/// holds more than MaxEntries results or MaxRows rows.
/// </summary>
public sealed class QueryCache
{
    public const int MaxEntries = 4096;
    public const long MaxRows = 200_000;
    private readonly ConcurrentDictionary<string, object?> entries = new(StringComparer.Ordinal);
    private long rows;

    /// <summary>Rows held now (a result that is not a list counts as one).</summary>
    public long Rows => Interlocked.Read(ref rows);

    public T Get<T>(string version, string query, object?[] args, Func<T> load)
    {
        if (entries.Count > MaxEntries || Rows > MaxRows) Changed();
        return (T)entries.GetOrAdd(Key(version, query, args), _ =>
        {
            var value = load();
            Interlocked.Add(ref rows, value is System.Collections.ICollection c ? c.Count : 1);
            return value;
        })!;
    }

    /// <summary>Forgets every result (after an ingest: they belong to older versions; or when the cache is full).</summary>
    public void Changed()
    {
        entries.Clear();
        Interlocked.Exchange(ref rows, 0);
    }

    private static string Key(string version, string query, object?[] args) =>
        string.Join('\u001F', args.Select(a => a switch
        {
            null => "∅",
            IFormattable f => a.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
            _ => a.GetType().Name + ":" + a,
        }).Prepend(query).Prepend(version));
}
