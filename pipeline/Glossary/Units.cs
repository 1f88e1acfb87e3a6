namespace Analytics.Pipeline.Glossary;

/// <summary>A canonical unit (department or similar agency) and every spelling met.</summary>
public sealed record UnitName(string Canonical, string Kind, IReadOnlyList<string> Aliases);

/// <summary>The units registry (Glossary/units.csv) and provinces (Glossary/provinces.csv), matched on folded text.</summary>
public static class Units
{
    public static IReadOnlyList<UnitName> All { get; } = GlossaryData.ReadCsv("units.csv")
        .Select(r => new UnitName(r["canonical"], r["kind"], Split(r["aliases"]))).ToList();

    public static IReadOnlyList<string> Provinces { get; } = GlossaryData.ReadCsv("provinces.csv").Select(r => r["name"]).ToList();

    private static readonly (string Alias, string Name)[] UnitAliases = Index(All.Select(u => (u.Canonical, u.Aliases)));

    private static readonly (string Alias, string Name)[] ProvinceAliases = Index(GlossaryData.ReadCsv("provinces.csv")
        .Select(r => (r["name"], (IReadOnlyList<string>)Split(r["aliases"]))));

    /// <summary>The canonical unit named in <paramref name="text"/> (first occurrence), or null.</summary>
    public static string? MatchUnit(string? text) => First(UnitAliases, text);

    /// <summary>The canonical province named in <paramref name="text"/> (first occurrence), or null.</summary>
    public static string? MatchProvince(string? text) => First(ProvinceAliases, text);

    private static string? First((string Alias, string Name)[] index, string? text)
    {
        var folded = " " + Fold.Key(text) + " ";
        string? best = null;
        var bestAt = int.MaxValue;
        foreach (var (alias, name) in index)
        {
            var at = folded.IndexOf(" " + alias + " ", StringComparison.Ordinal);
            if (at >= 0 && at < bestAt) { best = name; bestAt = at; }
        }
        return best;
    }

    // Longest alias first, so that at equal positions the fuller name wins.
    private static (string, string)[] Index(IEnumerable<(string Name, IReadOnlyList<string> Aliases)> entries) =>
        entries.SelectMany(e => e.Aliases.Append(e.Name).Select(a => (Alias: Fold.Key(a), e.Name)))
            .Where(p => p.Alias.Length > 0).Distinct().OrderByDescending(p => p.Alias.Length).ToArray();

    private static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
