using System.Globalization;

namespace Analytics.Pipeline.Glossary;

/// <summary>
/// A reorganisation: <paramref name="NewUnit"/> exists from <paramref name="Effective"/> on, formed from
/// <paramref name="MergedFrom"/> (which may include a unit of the same name: the series continues in name only).
/// Kind: department | province. Province: the province concerned; null for a department change made in every
/// province; for a province change, the new province's name.
/// </summary>
public sealed record UnitChange(
    string NewUnit, string Kind, string? Province, IReadOnlyList<string> MergedFrom, DateOnly Effective,
    string SourceUrl, string? Notes = null)
{
    /// <summary>The first survey year that measures the new unit (a survey year covers the calendar year).</summary>
    public int FirstYear => Effective.Year;
}

/// <summary>
/// The 2025 reorganisation as data: department mergers (Glossary/unit_changes.csv, from 1 March 2025) and province
/// mergers (Glossary/provinces.csv column merged_into, from 1 July 2025). A series of a unit crosses a change when
/// its earlier year is before <see cref="UnitChange.FirstYear"/> and its later year is at or after it.
/// </summary>
public static class UnitLineage
{
    public const string DepartmentKind = "department";

    public static IReadOnlyList<UnitChange> Changes { get; } = LoadDepartments().Concat(LoadProvinces()).ToList();

    /// <summary>Every change a series of (unit, province) passes through: as new unit or predecessor, of the unit or of its province.</summary>
    public static IReadOnlyList<UnitChange> For(string unit, string? province)
    {
        var canonicalProvince = province is null ? null : Units.MatchProvince(province) ?? province;
        var canonicalUnit = Units.Resolve(unit, canonicalProvince).Name;
        return Changes.Where(c => c.Kind == DepartmentKind
                ? (c.Province is null || c.Province == canonicalProvince) && Involves(c, canonicalUnit)
                : canonicalProvince is not null && Involves(c, canonicalProvince))
            .ToList();
    }

    /// <summary>The changes that break the series of (unit, province) between <paramref name="prevYear"/> and <paramref name="year"/>.</summary>
    public static IReadOnlyList<UnitChange> Between(string unit, string? province, int prevYear, int year) =>
        For(unit, province).Where(c => prevYear < c.FirstYear && c.FirstYear <= year).ToList();

    /// <summary>The unit that took over <paramref name="unit"/> in <paramref name="province"/>, when it was merged away.</summary>
    public static string? SuccessorOf(string unit, string? province) =>
        For(unit, province).FirstOrDefault(c => c.Kind == DepartmentKind && c.NewUnit != unit && c.MergedFrom.Contains(unit))?.NewUnit;

    private static bool Involves(UnitChange c, string name) => c.NewUnit == name || c.MergedFrom.Contains(name);

    private static IEnumerable<UnitChange> LoadDepartments() =>
        GlossaryData.ReadCsv("unit_changes.csv").Select(r => new UnitChange(
            r["new_unit"], r["kind"], Units.NullIfEmpty(r["province"]), Units.Split(r["merged_from"]),
            DateOnly.ParseExact(r["effective"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            r["source_url"], Units.NullIfEmpty(r["notes"])));

    private static IEnumerable<UnitChange> LoadProvinces() =>
        Units.ProvinceRows.Where(r => r["merged_into"].Length > 0)
            .GroupBy(r => r["merged_into"])
            .Select(g => new UnitChange(
                g.Key, "province", g.Key,
                g.OrderBy(r => r["name"] == g.Key ? 0 : 1).Select(r => r["name"]).ToList(),
                DateOnly.ParseExact(g.First()["effective"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                g.First(r => r["name"] == g.Key)["source_url"], "Nghị quyết 202/2025/QH15"));
}
