using System.Globalization;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>
/// The filters of a page resolved against what the database holds: a value from the URL when it exists, otherwise
/// a sensible default (SIPAS, the province and unit with the most figures, the latest year), plus the option lists.
/// </summary>
public sealed record UnitSelection(
    string Index, string? Province, string? Unit, int? Year,
    IReadOnlyList<string> Indexes, IReadOnlyList<string> Provinces, IReadOnlyList<string> Units, IReadOnlyList<int> Years)
{
    /// <summary>What the URL asked for that the data does not have, and what is shown instead.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static readonly StringComparer ViOrder = StringComparer.Create(Vi.Culture, ignoreCase: false);

    public bool IsEmpty => Unit is null || Year is null;

    public static UnitSelection Resolve(IReadOnlyList<UnitChoice> all, string? index, string? province, string? unit,
        string? year, string? unitKind = null)
    {
        var indexes = all.Select(c => c.IndexCode).Distinct().OrderBy(i => i == "SIPAS" ? 0 : 1).ThenBy(i => i).ToList();
        var chosenIndex = Pick(indexes, index) ?? indexes.FirstOrDefault() ?? "SIPAS";
        var pool = all.Where(c => c.IndexCode == chosenIndex && c.Province is not null
                                  && (unitKind is null || c.UnitKind == unitKind)).ToList();

        var provinces = pool.Select(c => c.Province!).Distinct().Order(ViOrder).ToList();
        var chosenProvince = Pick(provinces, province) ?? MostFrequent(pool.Select(c => c.Province!));
        var inProvince = pool.Where(c => c.Province == chosenProvince).ToList();

        var units = inProvince.Select(c => c.Unit).Distinct().Order(ViOrder).ToList();
        var chosenUnit = Pick(units, unit) ?? MostFrequent(inProvince.Where(c => c.UnitKind == "department").Select(c => c.Unit))
                         ?? MostFrequent(inProvince.Select(c => c.Unit));
        var years = inProvince.Where(c => c.Unit == chosenUnit).Select(c => c.Year).Distinct().OrderDescending().ToList();
        var chosenYear = PickYear(years, year);
        var notes = new[]
        {
            Note(index, chosenIndex), Note(province, chosenProvince), Note(unit, chosenUnit),
            Note(year, chosenYear is { } y ? Vi.Year(y) : null),
        }.OfType<string>().ToList();
        return new UnitSelection(chosenIndex, chosenProvince, chosenUnit, chosenYear, indexes, provinces, units, years)
            { Notes = notes };
    }

    /// <summary>"Chưa có số liệu cho “Gia Lai”; đang hiển thị Khánh Hòa." when a wanted value was replaced.</summary>
    public static string? Note(string? wanted, string? shown) =>
        string.IsNullOrEmpty(wanted) || wanted == shown ? null
            : $"Chưa có số liệu cho “{wanted}”" + (shown is null ? "." : $"; đang hiển thị {shown}.");

    /// <summary>The wanted year when it is one of <paramref name="years"/>, else the first (latest); null when none.</summary>
    public static int? PickYear(IReadOnlyList<int> years, string? wanted) =>
        int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y)
            ? y : years.Count > 0 ? years[0] : null;

    /// <summary>The years any unit of the chosen province has figures for (latest first).</summary>
    public static IReadOnlyList<int> ProvinceYears(IReadOnlyList<UnitChoice> all, UnitSelection s, string? unitKind) =>
        all.Where(c => c.IndexCode == s.Index && c.Province == s.Province && (unitKind is null || c.UnitKind == unitKind))
            .Select(c => c.Year).Distinct().OrderDescending().ToList();

    public IReadOnlyList<Option> IndexOptions => Indexes.Select(i => new Option(i, Vi.IndexName(i))).ToList();
    public IReadOnlyList<Option> ProvinceOptions => Option.Of(Provinces);
    public IReadOnlyList<Option> UnitOptions => Option.Of(Units);
    public static IReadOnlyList<Option> YearOptions(IEnumerable<int> years) =>
        years.Select(y => new Option(Vi.Year(y), Vi.Year(y))).ToList();

    private static string? Pick(IReadOnlyList<string> options, string? wanted) =>
        wanted is not null && options.Contains(wanted) ? wanted : null;

    private static string? MostFrequent(IEnumerable<string> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, ViOrder).Select(g => g.Key).FirstOrDefault();
}
