using Analytics.Pipeline.Export.Charts;

namespace Analytics.Pipeline.Export.Files;

/// <summary>A figure computed from a stated change: written with <see cref="Derived.Mark"/> and the table's note.</summary>
public sealed record DerivedCell(object Value);

/// <summary>
/// The figures behind a chart, as a table: cells are string, decimal (a percentage or points), int (a rank or year),
/// <see cref="DerivedCell"/> (a derived decimal or int), or null (no figure). Written as CSV, XLSX and Word tables.
/// </summary>
public sealed record ChartTable(string Title, IReadOnlyList<string> Sources, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Written first when the figures are not real (the sample database's "DỮ LIỆU MÔ PHỎNG — …"); null: nothing.</summary>
    public string? Mark { get; init; }

    /// <summary>The one sign convention for gaps, in every chart and table: value − 90 in points, negative below 90.</summary>
    public const string GapColumn = "So với 90% (điểm)";

    /// <summary>The note under the table when a cell is derived (<see cref="Derived.TableNote"/>), else null.</summary>
    public string? DerivedNote => Rows.Any(r => r.Any(c => c is DerivedCell)) ? Derived.TableNote : null;

    /// <summary>The table of a chart's spec: one row per category, unit or year as the chart draws them.</summary>
    public static ChartTable Of(ChartSpec chart) => chart switch
    {
        CriterionBarsChart { Header.Threshold: { } t } c => Make(c, ["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)", GapColumn],
            c.Bars.Select(b => Row(b.Label, Derive(b.Value, b.Derived), b.Target, b.Value is { } v ? v - t : null))),
        CriterionBarsChart c => Make(c, ["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)"],
            c.Bars.Select(b => Row(b.Label, Derive(b.Value, b.Derived), b.Target))),
        GroupedBarsChart c => Make(c, ["Tiêu chí", .. c.Series.Select(s => s.Name + " (%)")],
            c.Categories.Select((cat, i) => Row([cat, .. c.Series.Select(s => At(s, i))]))),
        TrendChart c => Make(c, ["Năm", .. c.Series.Select(s => s.Name + " (%)")],
            c.Years.Select((y, i) => Row([y, .. c.Series.Select(s => At(s, i))]))),
        RankChart c => Make(c, ["Năm", .. c.Lines.Select(l => l.Name + " (hạng)")],
            c.Years.Select((y, i) => Row([y, .. c.Lines.Select(l => Derive(i < l.Ranks.Count ? l.Ranks[i] : null, l.IsDerived(i)))]))),
        HeatmapChart c => Make(c, ["Đơn vị", .. c.Criteria.Select(k => k + " (%)")],
            c.Units.Select((u, i) => Row([u, .. c.Criteria.Select((_, k) =>
                i < c.Values.Count && k < c.Values[i].Count ? Derive(c.Values[i][k], c.IsDerived(i, k)) : null)]))),
        SmallMultiplesChart c => Make(c, ["Đơn vị", .. c.Years.Select(y => $"{c.Criterion} {y} (%)")],
            c.Panels.Select(p => Row([p.Name, .. c.Years.Select((_, i) => At(p, i))]))),
        _ => throw new ArgumentException($"Unknown chart kind {chart.GetType().Name}", nameof(chart)),
    };

    private static ChartTable Make(ChartSpec chart, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        new(chart.Header.Title + (chart.Header.Subtitle.Length > 0 ? " — " + chart.Header.Subtitle : ""), chart.Header.Sources,
            columns, rows.ToList()) { Mark = chart.Header.Mark };

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static object? At(Series s, int i) => i < s.Values.Count ? Derive(s.Values[i], s.IsDerived(i)) : null;

    private static object? Derive(object? value, bool derived) => derived && value is not null ? new DerivedCell(value) : value;
}
