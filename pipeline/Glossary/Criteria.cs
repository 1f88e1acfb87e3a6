namespace Analytics.Pipeline.Glossary;

/// <summary>A canonical criterion: key, the index it belongs to, display order, Vietnamese names, and every spelling met.</summary>
public sealed record Criterion(string Key, string IndexScope, int Order, string NameVi, string ShortVi, IReadOnlyList<string> Aliases);

/// <summary>The criteria glossary (Glossary/criteria.csv) and matching of criterion names as written.</summary>
public static class Criteria
{
    public static IReadOnlyList<Criterion> All { get; } = Load();

    public static IReadOnlySet<string> Keys { get; } = All.Select(c => c.Key).ToHashSet();

    public static Criterion? ByKey(string key) => All.FirstOrDefault(c => c.Key == key);

    public static string NameVi(string key) => ByKey(key)?.NameVi ?? key;

    // (folded alias, key), longest alias first, so "tiếp cận dịch vụ" wins over a shorter overlap.
    private static readonly (string Alias, string Key)[] FoldedAliases = All
        .SelectMany(c => c.Aliases.Append(c.NameVi).Select(a => (Alias: Fold.Key(a), c.Key)))
        .Where(p => p.Alias.Length > 0)
        .Distinct()
        .OrderByDescending(p => p.Alias.Length)
        .ToArray();

    /// <summary>The key of the criterion named in <paramref name="text"/>, or null. Prefers the longest alias found.</summary>
    public static string? Match(string? text)
    {
        var folded = " " + Fold.Key(text) + " ";
        foreach (var (alias, key) in FoldedAliases)
            if (folded.Contains(" " + alias + " ", StringComparison.Ordinal)) return key;
        return null;
    }

    /// <summary>Every criterion key named in <paramref name="text"/>, in order of first appearance, without overlaps.</summary>
    public static IReadOnlyList<string> MatchAll(string? text)
    {
        var folded = " " + Fold.Key(text) + " ";
        var taken = new bool[folded.Length];
        var found = new List<(int At, string Key)>();
        foreach (var (alias, key) in FoldedAliases)
        {
            var needle = " " + alias + " ";
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0;
                 at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at + 1, alias.Length).Any(i => taken[i])) continue;
                for (var i = at + 1; i <= at + alias.Length; i++) taken[i] = true;
                found.Add((at, key));
            }
        }
        return found.OrderBy(f => f.At).Select(f => f.Key).Distinct().ToList();
    }

    private static List<Criterion> Load() =>
        GlossaryData.ReadCsv("criteria.csv")
            .Select(r => new Criterion(r["key"], r["index_scope"], int.Parse(r["order"]), r["name_vi"], r["short_vi"],
                r["aliases"].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();
}
