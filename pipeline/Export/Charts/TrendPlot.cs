using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(3) Lines over the years with dashes and markers per series, the last figure labelled at the line's end; a
/// missing year breaks the line, and a year without any figure is a hatched, labelled column.</summary>
internal static class TrendPlot
{
    private const double Body = 300;

    public static DrawnChart Draw(TrendChart chart)
    {
        var plot = PlotFrame.New();
        var threshold = chart.Header.Threshold;
        var (lo, hi) = ChartPlot.Range(chart.Series.SelectMany(s => s.Values), threshold);
        var xs = chart.Years.Select(y => (double)y).ToList();
        var emptyYears = chart.Years.Where((_, k) => chart.Series.All(s => At(s, k) is null)).ToList();
        foreach (var year in emptyYears) PlotFrame.Missing(plot, year - 0.35, year + 0.35, lo, hi, label: false);
        PlotFrame.ThresholdLine(plot, threshold, vertical: false);
        var ends = new List<(double Y, string Text)>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var ys = chart.Years.Select((_, k) => At(series, k) is { } v ? (double?)(double)v : null).ToList();
            SeriesLine.Draw(plot, xs, ys, series.IsDerived, new LineLook(Palette.Colour(s), 2.5f, s, s, 9), series.MarksAt);
            var last = ys.FindLastIndex(y => y is not null);
            if (last >= 0)
                ends.Add((ys[last]!.Value, series.Name + " " + VnFormat.Pct(At(series, last)) + (last < chart.Years.Count - 1 ? $" ({chart.Years[last]})" : "")));
        }
        var first = chart.Years.DefaultIfEmpty(0).Min();
        var final = chart.Years.DefaultIfEmpty(0).Max();
        var span = Math.Max(1, final - first);
        EndLabels(plot, ends, final + 0.15, (hi - lo) / Body * (PlotFrame.SmallSize + 3));
        PlotFrame.Ticks(plot.Axes.Bottom, chart.Years.Select(y => ((double)y, y.ToString(VnFormat.Culture))));
        CriterionPlot.Percent(plot.Axes.Left);
        var labelRoom = ends.Select(e => TextFit.Width(e.Text, PlotFrame.SmallSize)).DefaultIfEmpty(0).Max() + 16;
        var extra = (span + 0.8) * labelRoom / Math.Max(200, PlotFrame.Width - 2 * PlotFrame.Margin - 50 - labelRoom);
        plot.Axes.SetLimits(first - 0.4, final + 0.4 + extra, lo, hi);
        var legend = chart.Series.Select((s, i) => PlotFrame.SeriesEntry(s.Name, i, line: true)).ToList();
        if (threshold is not null) legend.Add(PlotFrame.ThresholdEntry);
        if (chart.Series.Any(s => chart.Years.Where((_, k) => At(s, k) is not null && s.IsDerived(k)).Any())) legend.Add(PlotFrame.DerivedEntry());
        legend.AddRange(Doubtful.Entries(chart.Series.SelectMany(s => chart.Years.Select((_, k) => At(s, k) is null ? null : s.MarksAt(k)))));
        if (emptyYears.Count > 0) legend.Add(PlotFrame.MissingEntry);
        return PlotFrame.Finish(plot, chart.Header, legend, Body + 40, Describe(chart));
    }

    private static decimal? At(Series s, int k) => k < s.Values.Count ? s.Values[k] : null;

    /// <summary>The end labels, pushed apart (in data units) so they never overlap, on white so the 90% line drawn beneath
    /// them never strikes through their text.</summary>
    private static void EndLabels(Plot plot, List<(double Y, string Text)> ends, double x, double gap)
    {
        var placed = Dodge.Spread(ends.Select(e => -e.Y).ToList(), gap);
        for (var i = 0; i < ends.Count; i++)
            PlotFrame.Text(plot, ends[i].Text, x, -placed[i], PlotFrame.SmallSize, Alignment.MiddleLeft).LabelBackgroundColor = Colors.White;
    }

    private static string Describe(TrendChart chart) =>
        "Biểu đồ đường theo năm: " + string.Join("; ", chart.Series.Select(s => s.Name + ": " + string.Join(", ",
            chart.Years.Select((y, k) => $"{y} " + (At(s, k) is { } v ? VnFormat.Pct(v) + (s.IsDerived(k) ? Derived.Describe : "") + Doubtful.Describe(s.MarksAt(k))
                : PlotFrame.MissingText))))) + ".";
}
