using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(1) A dot per criterion on a range axis, joined to the 90% line by its gap (SIPAS), the unit's own target as
/// a vertical mark, a missing value as a hatched band. No bar: a bar starting above zero would exaggerate the gaps.</summary>
internal static class CriterionPlot
{
    private const double Row = 40, LabelWidth = 200, ValueColumn = 120;

    public static DrawnChart Draw(CriterionBarsChart chart)
    {
        var plot = PlotFrame.New();
        var threshold = chart.Header.Threshold;
        var (lo, hi) = ChartPlot.Range(chart.Bars.SelectMany(b => new[] { b.Value, b.Target }), threshold);
        var n = chart.Bars.Count;
        var right = hi + (hi - lo) * ValueColumn / (PlotFrame.Width - 2 * PlotFrame.Margin - LabelWidth - ValueColumn);
        for (var i = 0; i < n; i++) Row1(plot, chart.Bars[i], n - 1 - i, threshold, lo, hi, right);
        PlotFrame.ThresholdLine(plot, threshold, vertical: true);
        PlotFrame.Ticks(plot.Axes.Left, chart.Bars.Select((b, i) => ((double)(n - 1 - i), PlotFrame.Label(b.Label, LabelWidth))));
        plot.Axes.SetLimits(lo, right, -0.6, n - 0.4);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, (int)((hi - lo) / 5) + 1).Select(k => new Tick(lo + 5 * k, (lo + 5 * k).ToString("0", VnFormat.Culture) + "%")).ToArray());
        return PlotFrame.Finish(plot, chart.Header, Legend(chart), n * Row + 44, Describe(chart));
    }

    /// <summary>Tick labels as percentages ("85%") on an automatic numeric axis.</summary>
    public static void Percent(ScottPlot.IAxis axis) => axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
    {
        LabelFormatter = v => v.ToString("0.#", VnFormat.Culture) + "%",
    };

    private static void Row1(Plot plot, CriterionBar bar, double y, decimal? threshold, double lo, double hi, double right)
    {
        if (bar.Value is not { } v)
        {
            PlotFrame.Missing(plot, lo, hi, y - 0.28, y + 0.28);
        }
        else
        {
            if (threshold is { } t)
            {
                var gap = plot.Add.Line((double)v, y, (double)t, y);
                gap.LineColor = Palette.Colour(0).WithAlpha(0.45);
                gap.LineWidth = 4;
            }
            var dot = plot.Add.Marker((double)v, y, Palette.Marker(0, bar.Derived), 13, Palette.Colour(0));
            dot.MarkerLineWidth = 2;
            PlotFrame.Text(plot, ValueText(v, threshold, bar.Marks), right, y, PlotFrame.TextSize, Alignment.MiddleRight, bold: true, dx: -2)
                .LabelBackgroundColor = Colors.White;
        }
        if (bar.Target is { } target)
        {
            var mark = plot.Add.Marker((double)target, y, MarkerShape.VerticalBar, 22, Palette.Hex(Palette.Target));
            mark.MarkerLineWidth = 3;
            PlotFrame.Text(plot, "mục tiêu " + VnFormat.Pct(target), (double)target, y, PlotFrame.SmallSize - 1, Alignment.UpperCenter,
                Palette.Muted, dy: 12);
        }
    }

    /// <summary>"88,4% (−1,6)": the value, its doubt marks, and, against the 90% line, its signed gap (value − 90, negative
    /// below).</summary>
    private static string ValueText(decimal v, decimal? threshold, string? marks) =>
        VnFormat.Pct(v) + Doubtful.After(marks) + (threshold is { } t ? " (" + VnFormat.Points(v - t) + ")" : "");

    private static List<LegendItem> Legend(CriterionBarsChart chart)
    {
        var legend = new List<LegendItem> { PlotFrame.SeriesEntry(chart.Header.ValueName, 0, line: false) };
        if (chart.Header.Threshold is not null) legend.Add(PlotFrame.ThresholdEntry);
        if (chart.Bars.Any(b => b.Target is not null))
            legend.Add(new() { LabelText = "Mục tiêu của đơn vị", MarkerShape = MarkerShape.VerticalBar, MarkerColor = Palette.Hex(Palette.Target),
                MarkerSize = 14, MarkerLineWidth = 3 });
        if (chart.Bars.Any(b => b.Value is not null && b.Derived)) legend.Add(PlotFrame.DerivedEntry());
        legend.AddRange(Doubtful.Entries(chart.Bars.Select(b => b.Value is null ? null : b.Marks)));
        if (chart.Bars.Any(b => b.Value is null)) legend.Add(PlotFrame.MissingEntry);
        return legend;
    }

    private static string Describe(CriterionBarsChart chart) =>
        $"Biểu đồ điểm: {chart.Header.ValueName.ToLower(VnFormat.Culture)} theo tiêu chí"
        + (chart.Header.Threshold is null ? "" : ", so với ngưỡng 90%") + " và mục tiêu của đơn vị. "
        + string.Join("; ", chart.Bars.Select(b => Tooltip(b, chart.Header.Threshold))) + ".";

    private static string Tooltip(CriterionBar bar, decimal? threshold)
    {
        var parts = new List<string>
        {
            bar.Label + ": " + (bar.Value is { } v ? VnFormat.Pct(v) + (bar.Derived ? Derived.Describe : "") + Doubtful.Describe(bar.Marks) : PlotFrame.MissingText),
        };
        if (bar.Target is { } t) parts.Add("mục tiêu " + VnFormat.Pct(t));
        if (bar.Value is { } value && threshold is { } th)
            parts.Add(value >= th ? "đạt 90%" : VnFormat.Points(value - th) + " điểm so với 90%");
        return string.Join(" · ", parts);
    }
}
