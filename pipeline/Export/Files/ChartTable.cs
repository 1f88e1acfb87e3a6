using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Read;

namespace Analytics.Pipeline.Export.Files;

/// <summary>A figure with marks, written after it ("86.93*", "90.61≠"): <see cref="Derived.Mark"/> for one computed from a
/// stated change, then its doubts' marks (<see cref="Doubts.MarkMeanings"/>); each explained in the table's notes.</summary>
public sealed record MarkedCell(object Value, string Marks);

/// <summary>
/// The figures behind a chart, as a table: cells are string, decimal (a percentage or points), int (a rank or year),
/// <see cref="MarkedCell"/> (a decimal or int marked derived or doubtful, as on the chart), or null (no figure).
/// Written as CSV, XLSX and Word tables.
/// </summary>
public sealed record ChartTable(string Title, IReadOnlyList<string> Sources, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Written first when the figures are not real (the sample database's "DỮ LIỆU MÔ PHỎNG — …"); null: nothing.</summary>
    public string? Mark { get; init; }

    /// <summary>The one sign convention for gaps, in every chart and table: value − 90 in points, negative below 90.</summary>
    public const string GapColumn = "So với 90% (điểm)";

    /// <summary>The notes under the table, one per mark its cells carry (<see cref="Derived.TableNote"/>, then "≠ Các văn
    /// bản nêu số khác nhau.", …); none without marks.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var marks = string.Concat(Rows.SelectMany(r => r).OfType<MarkedCell>().Select(c => c.Marks));
            return [.. marks.Contains(Derived.Mark, StringComparison.Ordinal) ? [Derived.TableNote] : Array.Empty<string>(),
                .. Doubts.MeaningsOf(marks).Select(m => $"{m.Mark} {m.Meaning}.")];
        }
    }

    /// <summary>The table of a chart's spec: one row per category, unit or year as the chart draws them.</summary>
    public static ChartTable Of(ChartSpec chart) => chart switch
    {
        CriterionBarsChart { Header.Threshold: { } t } c => Make(c, ["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)", GapColumn],
            c.Bars.Select(b => Row(b.Label, Marked(b.Value, b.Derived, b.Marks), b.Target, b.Value is { } v ? v - t : null))),
        CriterionBarsChart c => Make(c, ["Tiêu chí", "Giá trị (%)", "Mục tiêu (%)"],
            c.Bars.Select(b => Row(b.Label, Marked(b.Value, b.Derived, b.Marks), b.Target))),
        GroupedBarsChart c => Make(c, ["Tiêu chí", .. c.Series.Select(s => s.Name + " (%)")],
            c.Categories.Select((cat, i) => Row([cat, .. c.Series.Select(s => At(s, i))]))),
        TrendChart c => Make(c, ["Năm", .. c.Series.Select(s => s.Name + " (%)")],
            c.Years.Select((y, i) => Row([y, .. c.Series.Select(s => At(s, i))]))),
        RankChart c => Make(c, ["Năm", .. c.Lines.Select(l => l.Name + " (hạng)")],
            c.Years.Select((y, i) => Row([y, .. c.Lines.Select(l => Marked(i < l.Ranks.Count ? l.Ranks[i] : null, l.IsDerived(i), l.MarksAt(i)))]))),
        HeatmapChart c => Make(c, ["Đơn vị", .. c.Criteria.Select(k => k + " (%)")],
            c.Units.Select((u, i) => Row([u, .. c.Criteria.Select((_, k) =>
                i < c.Values.Count && k < c.Values[i].Count ? Marked(c.Values[i][k], c.IsDerived(i, k), c.MarksAt(i, k)) : null)]))),
        SmallMultiplesChart c => Make(c, ["Đơn vị", .. c.Years.Select(y => $"{c.Criterion} {y} (%)")],
            c.Panels.Select(p => Row([p.Name, .. c.Years.Select((_, i) => At(p, i))]))),
        _ => throw new ArgumentException($"Unknown chart kind {chart.GetType().Name}", nameof(chart)),
    };

    private static ChartTable Make(ChartSpec chart, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        new(chart.Header.Title + (chart.Header.Subtitle.Length > 0 ? " — " + chart.Header.Subtitle : ""), chart.Header.Sources,
            columns, rows.ToList()) { Mark = chart.Header.Mark };

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static object? At(Series s, int i) => i < s.Values.Count ? Marked(s.Values[i], s.IsDerived(i), s.MarksAt(i)) : null;

    private static object? Marked(object? value, bool derived, string? doubts)
    {
        var marks = (derived ? Derived.Mark : "") + doubts;
        return value is not null && marks.Length > 0 ? new MarkedCell(value, marks) : value;
    }
}
