using Analytics.Pipeline.Export.Charts;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// The figures behind a chart, as a table: cells are string, decimal (a percentage or points), int (a rank or year),
/// or null (no figure). Written as CSV, XLSX and Word tables.
/// </summary>
public sealed record ChartTable(string Title, IReadOnlyList<string> Sources, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The table of a chart's spec: one row per category, unit or year as the chart draws them.</summary>
    public static ChartTable Of(ChartSpec chart) => chart switch
    {
        CriterionBarsChart c => Make(c, ["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)", "Chênh lệch so với 90% (điểm)"],
            c.Bars.Select(b => Row(b.Label, b.Value, b.Target, b.Value is { } v ? v - ChartSpec.Threshold : null))),
        GroupedBarsChart c => Make(c, ["Tiêu chí", .. c.Series.Select(s => s.Name + " (%)")],
            c.Categories.Select((cat, i) => Row([cat, .. c.Series.Select(s => At(s.Values, i))]))),
        TrendChart c => Make(c, ["Năm", .. c.Series.Select(s => s.Name + " (%)")],
            c.Years.Select((y, i) => Row([y, .. c.Series.Select(s => At(s.Values, i))]))),
        RankChart c => Make(c, ["Năm", .. c.Lines.Select(l => l.Name + " (hạng)")],
            c.Years.Select((y, i) => Row([y, .. c.Lines.Select(l => (object?)(i < l.Ranks.Count ? l.Ranks[i] : null))]))),
        HeatmapChart c => Make(c, ["Đơn vị", .. c.Criteria.Select(k => k + " (%)")],
            c.Units.Select((u, i) => Row([u, .. c.Criteria.Select((_, k) => i < c.Values.Count ? At(c.Values[i], k) : null)]))),
        SmallMultiplesChart c => Make(c, ["Đơn vị", .. c.Years.Select(y => $"{c.Criterion} {y} (%)")],
            c.Panels.Select(p => Row([p.Name, .. c.Years.Select((_, i) => At(p.Values, i))]))),
        _ => throw new ArgumentException($"Unknown chart kind {chart.GetType().Name}", nameof(chart)),
    };

    private static ChartTable Make(ChartSpec chart, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        new(chart.Header.Title + (chart.Header.Subtitle.Length > 0 ? " — " + chart.Header.Subtitle : ""), chart.Header.Sources,
            columns, rows.ToList());

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static object? At(IReadOnlyList<decimal?> values, int i) => i < values.Count ? values[i] : null;
}
