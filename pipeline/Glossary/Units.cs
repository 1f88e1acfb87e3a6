namespace Analytics.Pipeline.Glossary;

/// <summary>
/// A canonical unit and every spelling met. Kind: department | vertical_agency | district | department_average |
/// vertical_agency_average (a block average published next to the units). Province: null when the name exists in
/// every province (a department), else the one province it belongs to.
/// </summary>
public sealed record UnitName(string Canonical, string Kind, IReadOnlyList<string> Aliases, string? Province = null);

/// <summary>A unit name resolved against the registry; Kind is null when the registry does not know the name.</summary>
public sealed record ResolvedUnit(string Name, string? Kind)
{
    public bool Known => Kind is not null;
}

/// <summary>
/// The units registry (Glossary/units.csv) and provinces (Glossary/provinces.csv), matched on a folded key
/// (case, spacing, diacritics and '&amp;' ≡ 'và' ignored). Lineage across the 2025 reorganisation: <see cref="UnitLineage"/>.
/// </summary>
public static class Units
{
    public const string National = "Cả nước";
    public const string ProvinceKind = "province";
    public const string NationalKind = "national";

    public static IReadOnlyList<UnitName> All { get; } = GlossaryData.ReadCsv("units.csv")
        .Select(r => new UnitName(r["canonical"], r["kind"], Split(r["aliases"]), NullIfEmpty(r["province"]))).ToList();

    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> ProvinceRows { get; } = GlossaryData.ReadCsv("provinces.csv");

    /// <summary>The 63 provinces before the reorganisation of 1 July 2025 (the 34 after it keep names among these).</summary>
    public static IReadOnlyList<string> Provinces { get; } = ProvinceRows.Select(r => r["name"]).ToList();

    private static readonly (string Alias, string Name)[] UnitAliases = Index(All.Select(u => (u.Canonical, u.Aliases)));

    private static readonly (string Alias, string Name)[] ProvinceAliases = Index(ProvinceRows
        .Select(r => (r["name"], (IReadOnlyList<string>)Split(r["aliases"]))));

    private static readonly string[] ProvinceWords = ["tinh", "thanh pho", "tp"];

    private static readonly string[] ProvinceGovernment =
        ["ubnd", "uy ban nhan dan", "ubnd tinh", "ubnd thanh pho", "uy ban nhan dan tinh", "uy ban nhan dan thanh pho"];

    /// <summary>The comparison key of a name: <see cref="Fold.Key"/> with '&amp;' read as 'và'.</summary>
    public static string Key(string? text) => Fold.Key(text?.Replace("&", " và "));

    /// <summary>The canonical unit named in <paramref name="text"/> (first occurrence), or null.</summary>
    public static string? MatchUnit(string? text) => First(UnitAliases, text);

    /// <summary>The canonical unit whose name <paramref name="text"/> starts with (whole words, longest name), or null.</summary>
    public static string? UnitAtStart(string? text)
    {
        var key = Key(text);
        (string? Name, int Length) best = (null, 0);
        foreach (var (alias, name) in UnitAliases)
            if (alias.Length > best.Length && (key == alias || key.StartsWith(alias + " ", StringComparison.Ordinal)))
                best = (name, alias.Length);
        return best.Name;
    }

    /// <summary>The canonical province named in <paramref name="text"/> (first occurrence), or null.</summary>
    public static string? MatchProvince(string? text) => First(ProvinceAliases, text);

    /// <summary>
    /// The canonical name and kind of a unit as written, in <paramref name="province"/>: 'UBND tỉnh' is the province
    /// itself; a trailing 'tỉnh Khánh Hòa' is ignored; the name must equal an alias or start with one. Unknown names
    /// come back as written (NFC, spaces collapsed) with a null kind.
    /// </summary>
    public static ResolvedUnit Resolve(string? name, string? province)
    {
        var asWritten = CleanText(name);
        var canonicalProvince = MatchProvince(province) ?? province;
        var candidates = WithoutProvince(Key(asWritten), canonicalProvince);
        if (canonicalProvince is not null && candidates.Any(c => c.Length == 0 || ProvinceGovernment.Contains(c)))
            return new ResolvedUnit(canonicalProvince, ProvinceKind);
        var unit = candidates.Select(Exact).FirstOrDefault(u => u is not null) ?? candidates.Select(Prefix).FirstOrDefault(u => u is not null);
        return unit is null ? new ResolvedUnit(asWritten, null) : new ResolvedUnit(unit.Canonical, unit.Kind);
    }

    /// <summary>Every reorganisation the series of (unit, province) passes through; see <see cref="UnitLineage.For"/>.</summary>
    public static IReadOnlyList<UnitChange> LineageFor(string unit, string? province) => UnitLineage.For(unit, province);

    /// <summary>The registry entry of a canonical unit name, or null.</summary>
    public static UnitName? ByName(string canonical) => All.FirstOrDefault(u => u.Canonical == canonical);

    private static UnitName? Exact(string key) =>
        UnitAliases.Where(a => a.Alias == key).Select(a => ByName(a.Name)).FirstOrDefault();

    private static UnitName? Prefix(string key) =>
        UnitAliases.Where(a => a.Alias.Length >= 6 && key.StartsWith(a.Alias + " ", StringComparison.Ordinal))
            .Select(a => ByName(a.Name)).FirstOrDefault();

    // The key, and without a trailing "[tỉnh|thành phố] <province>" naming the given province (or an alias of it):
    // 'bảo hiểm xã hội tỉnh Khánh Hòa' gives 'bảo hiểm xã hội tỉnh' and 'bảo hiểm xã hội'.
    private static List<string> WithoutProvince(string key, string? province)
    {
        var keys = new List<string> { key };
        foreach (var (alias, _) in ProvinceAliases.Where(p => p.Name == province))
        {
            if (key == alias) return [""];
            if (!key.EndsWith(" " + alias, StringComparison.Ordinal)) continue;
            var rest = key[..^(alias.Length + 1)];
            keys.Insert(0, rest);
            keys.InsertRange(0, ProvinceWords.Where(w => rest.EndsWith(" " + w, StringComparison.Ordinal)).Select(w => rest[..^(w.Length + 1)]));
            break;
        }
        return keys;
    }

    private static string? First((string Alias, string Name)[] index, string? text)
    {
        var folded = " " + Key(text) + " ";
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
        entries.SelectMany(e => e.Aliases.Append(e.Name).Select(a => (Alias: Key(a), e.Name)))
            .Where(p => p.Alias.Length > 0).Distinct().OrderByDescending(p => p.Alias.Length).ToArray();

    internal static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>NFC, trimmed, runs of white space collapsed to one space.</summary>
    // NFC, spaces collapsed, and invisible format characters removed (zero-width, bidi marks, embeddings, overrides,
    // isolates: a name not in the glossary must not reorder or hide text on screen).
    internal static string CleanText(string? text) =>
        string.Join(' ', new string((text ?? "").Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray())
            .Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
