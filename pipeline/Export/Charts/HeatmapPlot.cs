using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(5) Units × criteria; each cell shows the value and its signed gap (value − 90; for PAR INDEX, value − the
/// highest in the chart) and is shaded by that gap, lighter is better so it reads in greyscale; missing cells are hatched
/// and labelled.</summary>
internal static class HeatmapPlot
{
    private const double Row = 38, LabelWidth = 190;

    // (upper bound of the gap below the reference in points, fill, text colour, legend label): lightness falls as it grows.
    private static readonly (decimal Upto, string Fill, string Text, string Label)[] Bins =
    [
        (0m, "#CDE5F5", Palette.Ink, "đạt {0} trở lên"),
        (2m, "#FDE5C2", Palette.Ink, "thiếu dưới 2 điểm"),
        (5m, "#F6B56B", Palette.Ink, "thiếu 2–5 điểm"),
        (10m, "#D9731F", "#FFFFFF", "thiếu 5–10 điểm"),
        (decimal.MaxValue, "#8F3E05", "#FFFFFF", "thiếu trên 10 điểm"),
    ];

    public static DrawnChart Draw(HeatmapChart chart)
    {
        var plot = PlotFrame.New();
        var (reference, refName) = Reference(chart);
        int nu = chart.Units.Count, nc = chart.Criteria.Count;
        var colWidth = (PlotFrame.Width - 2 * PlotFrame.Margin - LabelWidth) / Math.Max(1, nc);
        for (var u = 0; u < nu; u++)
            for (var c = 0; c < nc; c++) Cell(plot, chart, u, c, nu - 1 - u, reference, colWidth);
        PlotFrame.Ticks(plot.Axes.Left, chart.Units.Select((n, u) => (nu - 0.5 - u, PlotFrame.Label(n, LabelWidth))));
        var headers = chart.Criteria.Select((k, c) => (c + 0.5, PlotFrame.Label(k, colWidth - 6))).ToList();
        PlotFrame.Ticks(plot.Axes.Top, headers);
        plot.Axes.Top.IsVisible = true;
        plot.Axes.Top.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.IsVisible = false;
        plot.HideGrid();
        plot.Axes.SetLimits(0, Math.Max(1, nc), 0, Math.Max(1, nu));
        plot.Axes.SetLimitsX(0, Math.Max(1, nc), plot.Axes.Top);
        var headerLines = headers.Select(h => h.Item2.Count(ch => ch == '\n') + 1).DefaultIfEmpty(1).Max();
        var legend = Bins.Select((b, i) => new LegendItem
        {
            LabelText = string.Format(VnFormat.Culture, b.Label, refName), FillColor = Palette.Hex(b.Fill),
            OutlineColor = Palette.Hex(b.Fill),
        }).ToList();
        if (Enumerable.Range(0, nu).Any(u => Enumerable.Range(0, nc).Any(c => Value(chart, u, c) is not null && chart.IsDerived(u, c))))
            legend.Add(new LegendItem { LabelText = Derived.Mark + " " + Derived.ValueNote });
        legend.AddRange(Doubtful.Entries(Enumerable.Range(0, nu).SelectMany(u => Enumerable.Range(0, nc)
            .Select(c => Value(chart, u, c) is null ? null : chart.MarksAt(u, c)))));
        if (Enumerable.Range(0, nu).Any(u => Enumerable.Range(0, nc).Any(c => Value(chart, u, c) is null))) legend.Add(PlotFrame.MissingEntry);
        return PlotFrame.Finish(plot, chart.Header, legend, nu * Row + headerLines * 14 + 20, Describe(chart, refName));
    }

    /// <summary>90 for a satisfaction index; for PAR INDEX, which has no target, the highest value in the chart.</summary>
    private static (decimal Value, string Name) Reference(HeatmapChart chart) => chart.Header.Threshold is { } t
        ? (t, "90%")
        : (chart.Values.SelectMany(r => r).OfType<decimal>().DefaultIfEmpty(0).Max(), "mức cao nhất");

    private static decimal? Value(HeatmapChart chart, int u, int c) =>
        u < chart.Values.Count && c < chart.Values[u].Count ? chart.Values[u][c] : null;

    private static void Cell(Plot plot, HeatmapChart chart, int u, int c, double row, decimal reference, double colWidth)
    {
        double x1 = c, x2 = c + 1, y1 = row, y2 = row + 1;
        if (Value(chart, u, c) is not { } v)
        {
            PlotFrame.Missing(plot, x1 + 0.02, x2 - 0.02, y1 + 0.04, y2 - 0.04, label: false);
            var label = PlotFrame.Label(PlotFrame.MissingText, colWidth - 10, PlotFrame.SmallSize - 1.5f);
            PlotFrame.Text(plot, label, (x1 + x2) / 2, row + 0.5, PlotFrame.SmallSize - 1.5f, Alignment.MiddleCenter).LabelBackgroundColor = Colors.White;
            return;
        }
        var bin = Bins.First(b => reference - v <= b.Upto);
        var box = plot.Add.Rectangle(x1, x2, y1, y2);
        box.FillStyle.Color = Palette.Hex(bin.Fill);
        box.LineStyle.Color = Colors.White;
        box.LineStyle.Width = 2;
        var mark = (chart.IsDerived(u, c) ? Derived.Mark : "") + chart.MarksAt(u, c);
        PlotFrame.Text(plot, VnFormat.Pct(v) + mark, (x1 + x2) / 2, row + 0.5, PlotFrame.SmallSize + 0.5f, Alignment.LowerCenter, bin.Text, bold: true, dy: 1);
        PlotFrame.Text(plot, VnFormat.Points(v - reference), (x1 + x2) / 2, row + 0.5, PlotFrame.SmallSize - 1, Alignment.UpperCenter, bin.Text, dy: 2);
    }

    private static string Describe(HeatmapChart chart, string refName) =>
        $"Bảng nhiệt: khoảng cách tới {refName} theo đơn vị và tiêu chí (giá trị trừ {refName}, âm là thấp hơn). " +
        string.Join("; ", chart.Units.Select((unit, u) => unit + ": " + string.Join(", ", chart.Criteria.Select((crit, c) =>
            crit + " " + (Value(chart, u, c) is { } v ? VnFormat.Pct(v) + (chart.IsDerived(u, c) ? Derived.Describe : "") + Doubtful.Describe(chart.MarksAt(u, c)) : PlotFrame.MissingText))))) + ".";
}
