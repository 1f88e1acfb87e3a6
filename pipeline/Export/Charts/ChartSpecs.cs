using Analytics.Pipeline.Model;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// What every chart carries: title, subtitle (unit, province, year), the documents its figures come from (named by
/// kind, number, issuer and date), the date it was made (injected, so a chart is a pure function of its spec), and
/// its index (SIPAS has the 90% target; PAR INDEX has none).
/// </summary>
public sealed record ChartHeader(string Title, string Subtitle, IReadOnlyList<string> Sources, DateOnly Date,
    string IndexCode = "SIPAS")
{
    /// <summary>Drawn first, above the title, when the figures are not real ("DỮ LIỆU MÔ PHỎNG — …"); null: nothing.</summary>
    public string? Mark { get; init; }

    /// <summary>The 90% line drawn for a satisfaction index; null for PAR INDEX, which has no such target.</summary>
    public decimal? Threshold => IndexCode == "PAR_INDEX" ? null : ChartSpec.Threshold;

    /// <summary>What the plotted values are, for a legend: a satisfaction level (SIPAS) or an index score (PAR INDEX).</summary>
    public string ValueName => IndexCode == "PAR_INDEX" ? "Điểm chỉ số" : "Mức độ hài lòng";

    /// <summary>A header whose subtitle reads "unit · province · year"; blank parts are left out.</summary>
    public static ChartHeader For(string title, string? unit, string? province, int? year,
        IReadOnlyList<string> sources, DateOnly date, string indexCode = "SIPAS") =>
        new(title, string.Join(" · ", new[] { unit, province, year?.ToString(VnFormat.Culture) }
            .Where(p => !string.IsNullOrWhiteSpace(p))), sources, date, indexCode);
}

/// <summary>One named line of values (a unit, a criterion, a peer statistic); null is "no figure", never zero.
/// Derived[i]: value i was computed from a stated change (<see cref="Charts.Derived"/>); no list: all stated.
/// Marks[i]: value i's other doubts ("≠~", <see cref="Doubtful"/>); no list: none.</summary>
public sealed record Series(string Name, IReadOnlyList<decimal?> Values, IReadOnlyList<bool>? Derived = null,
    IReadOnlyList<string?>? Marks = null)
{
    public bool IsDerived(int i) => Charts.Derived.At(Derived, i);

    public string? MarksAt(int i) => Doubtful.At(Marks, i);
}

/// <summary>One bar of a criterion chart: the value and the unit's own target, either possibly missing; Derived: the
/// value was computed from a stated change; Marks: its other doubts (<see cref="Doubtful"/>).</summary>
public sealed record CriterionBar(string Label, decimal? Value, decimal? Target, bool Derived = false, string? Marks = null);

/// <summary>A chart kind. Each is a small immutable spec; <see cref="ChartSvg.Render"/> turns it into SVG and
/// Files.ChartPng into a 300 DPI PNG, both drawn by ScottPlot (<see cref="ChartPlot"/>).</summary>
public abstract record ChartSpec(ChartHeader Header)
{
    /// <summary>The benchmark line drawn on percentage charts (the 2021–2030 programme asks for 90%).</summary>
    public const decimal Threshold = 90m;

    /// <summary>The chart with <paramref name="mark"/> above its title (the sample database's); itself when null.</summary>
    public ChartSpec Marked(string? mark) => mark is null ? this : this with { Header = Header with { Mark = mark } };
}

/// <summary>(1) One row per criterion: the value as a dot on a range axis (never a bar starting above zero), its gap to
/// the 90% line (SIPAS only), and the unit's own target per criterion.</summary>
public sealed record CriterionBarsChart(ChartHeader Header, IReadOnlyList<CriterionBar> Bars) : ChartSpec(Header);

/// <summary>(2) Several units (or unit vs peer statistics) side by side: one row per category, one dot per series.</summary>
public sealed record GroupedBarsChart(ChartHeader Header, IReadOnlyList<string> Categories, IReadOnlyList<Series> Series)
    : ChartSpec(Header);

/// <summary>(3) Multi-year trend lines; each series holds one value per year of <see cref="Years"/>.</summary>
public sealed record TrendChart(ChartHeader Header, IReadOnlyList<int> Years, IReadOnlyList<Series> Series)
    : ChartSpec(Header);

/// <summary>One unit's rank per year (null: not ranked that year); Derived[i]: rank i computed from a stated movement;
/// Marks[i]: rank i's other doubts (<see cref="Doubtful"/>).</summary>
public sealed record RankLine(string Name, IReadOnlyList<int?> Ranks, IReadOnlyList<bool>? Derived = null,
    IReadOnlyList<string?>? Marks = null)
{
    public bool IsDerived(int i) => Charts.Derived.At(Derived, i);

    public string? MarksAt(int i) => Doubtful.At(Marks, i);
}

/// <summary>(4) Ranks over the years, rank 1 on top; <see cref="Focus"/> names the unit drawn strongest.</summary>
public sealed record RankChart(ChartHeader Header, IReadOnlyList<int> Years, IReadOnlyList<RankLine> Lines, string? Focus)
    : ChartSpec(Header);

/// <summary>(5) Units (rows) × criteria (columns), cells coloured by the gap to 90%; Values[unit][criterion], and
/// Derived[unit][criterion] where a value was computed from a stated change, Marks[unit][criterion] its other doubts.
/// Units are the rows so that long Vietnamese unit names have room.</summary>
public sealed record HeatmapChart(ChartHeader Header, IReadOnlyList<string> Units, IReadOnlyList<string> Criteria,
    IReadOnlyList<IReadOnlyList<decimal?>> Values, IReadOnlyList<IReadOnlyList<bool>>? Derived = null,
    IReadOnlyList<IReadOnlyList<string?>>? Marks = null) : ChartSpec(Header)
{
    public bool IsDerived(int unit, int criterion) =>
        Derived is not null && unit < Derived.Count && Charts.Derived.At(Derived[unit], criterion);

    public string? MarksAt(int unit, int criterion) =>
        Marks is not null && unit < Marks.Count ? Doubtful.At(Marks[unit], criterion) : null;
}

/// <summary>(6) One criterion across units: one small panel per unit with a line over the years, on a shared scale.</summary>
public sealed record SmallMultiplesChart(ChartHeader Header, string Criterion, IReadOnlyList<int> Years,
    IReadOnlyList<Series> Panels) : ChartSpec(Header);
