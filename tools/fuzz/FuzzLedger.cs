using System.Reflection;
using Analytics.Pipeline.Store;

namespace Analytics.Fuzz;

/// <summary>
/// Nothing lost, nothing let in: after the run, every file whose last ingest loaded is in <c>documents</c> with that
/// version's SHA-256 and not among the rejections; every file whose last ingest was refused is in <c>rejections</c>; a
/// file skipped as a duplicate (its bytes already loaded under another name: a "renamed", "nfd" or "case" mutation, or two
/// mutations that came out the same) has those bytes in <c>documents</c> under some name.
/// </summary>
public static class FuzzLedger
{
    private static readonly Assembly Here = typeof(FuzzLedger).Assembly;

    /// <summary>The last ingest of one file name: loaded or not, and the SHA-256 of its bytes.</summary>
    public sealed record Entry(bool Loaded, string Sha256, string? DuplicateOf = null);

    public static IReadOnlyList<string> Check(DuckDbConnection con, IReadOnlyDictionary<string, Entry> last)
    {
        var loaded = con.Query(Sql.Load(Here, "loaded_documents.sql"), r => (File: r.String(0)!, Sha: r.String(1)!))
            .ToDictionary(d => d.File, d => d.Sha, StringComparer.Ordinal);
        var rejected = con.Query(Sql.Load(Here, "rejected_files.sql"), r => r.String(0)!).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var contents = loaded.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var (name, entry) in last.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (entry is { Loaded: true, DuplicateOf: not null })
            {
                if (!contents.Contains(entry.Sha256)) problems.Add($"{name}: skipped as a copy of {entry.DuplicateOf}, whose content is not in documents");
                continue;
            }
            if (entry.Loaded && loaded.GetValueOrDefault(name) != entry.Sha256) problems.Add($"{name}: loaded but its version is not in documents");
            if (entry.Loaded && rejected.Contains(name)) problems.Add($"{name}: loaded but still listed as rejected");
            if (!entry.Loaded && !rejected.Contains(name)) problems.Add($"{name}: refused but not in rejections");
        }
        return problems;
    }
}
