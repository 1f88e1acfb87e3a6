using System.Globalization;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>
/// The filters of a page resolved against what the database holds. A province or unit the URL names is kept even when
/// the data lacks it (the page says what is missing; it never turns into another unit); only absent values get a default
/// (SIPAS, the province and unit with the most figures, the latest year with data), and an index or year the data lacks
/// is replaced with a note saying so. Units known only from a loaded plan are listed too.
/// </summary>
public sealed record UnitSelection(
    string Index, string? Province, string? Unit, int? Year,
    IReadOnlyList<string> Indexes, IReadOnlyList<string> Provinces, IReadOnlyList<string> Units, IReadOnlyList<int> Years)
{
    /// <summary>What the URL asked for that the data does not have, and what is shown instead.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Units of the chosen province known only from their plans (no figures of their own for the index).</summary>
    public IReadOnlySet<string> PlanOnly { get; init; } = new HashSet<string>();

    /// <summary>The chosen unit has figures of its own for the chosen year (else only a plan, or nothing at all).</summary>
    public bool HasFigures { get; init; }

    public static readonly StringComparer ViOrder = StringComparer.Create(Vi.Culture, ignoreCase: false);

    public bool IsEmpty => Unit is null || Year is null;

    /// <summary>The chosen unit is known in the chosen province (figures or a plan).</summary>
    public bool UnitKnown => Unit is not null && Units.Contains(Unit) && Years.Count > 0;

    public static UnitSelection Resolve(IReadOnlyList<UnitChoice> all, string? index, string? province, string? unit,
        string? year, string? unitKind = null)
    {
        var indexes = all.Select(c => c.IndexCode).Distinct().OrderBy(i => i == "SIPAS" ? 0 : 1).ThenBy(i => i).ToList();
        var chosenIndex = Pick(indexes, index) ?? indexes.FirstOrDefault() ?? "SIPAS";
        var pool = all.Where(c => c.IndexCode == chosenIndex && c.Province is not null
                                  && (unitKind is null || c.UnitKind == unitKind)).ToList();
        var withFigures = pool.Where(c => c.HasFigures).ToList();

        var provinces = pool.Select(c => c.Province!).Distinct().Order(ViOrder).ToList();
        var chosenProvince = Given(province) ?? MostFrequent(withFigures.Select(c => c.Province!)) ?? provinces.FirstOrDefault();
        var inProvince = pool.Where(c => c.Province == chosenProvince).ToList();

        var units = inProvince.Select(c => c.Unit).Distinct().Order(ViOrder).ToList();
        var chosenUnit = Given(unit)
                         ?? MostFrequent(inProvince.Where(c => c.HasFigures && c.UnitKind == "department").Select(c => c.Unit))
                         ?? MostFrequent(inProvince.Where(c => c.HasFigures).Select(c => c.Unit))
                         ?? MostFrequent(inProvince.Select(c => c.Unit));
        var ofUnit = inProvince.Where(c => c.Unit == chosenUnit).ToList();
        var years = ofUnit.Select(c => c.Year).Distinct().OrderDescending().ToList();
        var figureYears = ofUnit.Where(c => c.HasFigures).Select(c => c.Year).Distinct().OrderDescending().ToList();
        var chosenYear = PickYear(years, year, figureYears);
        var notes = new[] { Note(index, chosenIndex), Note(year, chosenYear is { } y ? Vi.Year(y) : null) }
            .OfType<string>().ToList();
        return new UnitSelection(chosenIndex, chosenProvince, chosenUnit, chosenYear, indexes,
            WithWanted(provinces, chosenProvince), WithWanted(units, chosenUnit), years)
        {
            Notes = notes,
            PlanOnly = units.Where(u => !inProvince.Any(c => c.Unit == u && c.HasFigures)).ToHashSet(),
            HasFigures = chosenYear is { } cy && figureYears.Contains(cy),
        };
    }

    /// <summary>"Chưa có số liệu cho “2023”; đang hiển thị 2024." when a wanted value was replaced.</summary>
    public static string? Note(string? wanted, string? shown) =>
        string.IsNullOrEmpty(wanted) || wanted == shown ? null
            : $"Chưa có số liệu cho “{wanted}”" + (shown is null ? "." : $"; đang hiển thị {shown}.");

    /// <summary>The wanted year when it is one of <paramref name="years"/>, else the latest with figures (else the
    /// latest); null when none.</summary>
    public static int? PickYear(IReadOnlyList<int> years, string? wanted, IReadOnlyList<int>? withFigures = null) =>
        int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && years.Contains(y) ? y
            : withFigures is { Count: > 0 } ? withFigures[0]
            : years.Count > 0 ? years[0] : null;

    /// <summary>The years any unit of the chosen province has figures for (latest first).</summary>
    public static IReadOnlyList<int> ProvinceYears(IReadOnlyList<UnitChoice> all, UnitSelection s, string? unitKind) =>
        all.Where(c => c.HasFigures && c.IndexCode == s.Index && c.Province == s.Province && (unitKind is null || c.UnitKind == unitKind))
            .Select(c => c.Year).Distinct().OrderDescending().ToList();

    public IReadOnlyList<Option> IndexOptions => Indexes.Select(i => new Option(i, Vi.IndexName(i))).ToList();
    public IReadOnlyList<Option> ProvinceOptions => Option.Of(Provinces);
    public IReadOnlyList<Option> UnitOptions =>
        Units.Select(u => new Option(u, PlanOnly.Contains(u) ? u + " (chỉ có kế hoạch)" : u)).ToList();
    public static IReadOnlyList<Option> YearOptions(IEnumerable<int> years) =>
        years.Select(y => new Option(Vi.Year(y), Vi.Year(y))).ToList();

    private static string? Given(string? wanted) => string.IsNullOrWhiteSpace(wanted) ? null : wanted.Trim();

    private static string? Pick(IReadOnlyList<string> options, string? wanted) =>
        wanted is not null && options.Contains(wanted) ? wanted : null;

    /// <summary>The list with a wanted value the data lacks added, so the form shows what the URL asked for.</summary>
    private static IReadOnlyList<string> WithWanted(List<string> options, string? wanted) =>
        wanted is null || options.Contains(wanted) ? options : [.. options, wanted];

    private static string? MostFrequent(IEnumerable<string> values) =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, ViOrder).Select(g => g.Key).FirstOrDefault();
}
