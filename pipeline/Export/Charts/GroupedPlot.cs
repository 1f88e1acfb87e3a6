using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(2) Units (or a unit and its peers' average and best) side by side: a row per category, a lane per series
/// with its marker and value on a shared range axis, the 90% line (SIPAS); a missing value is a hatched, labelled lane.</summary>
internal static class GroupedPlot
{
    private const double Lane = 20, LabelWidth = 190;

    public static DrawnChart Draw(GroupedBarsChart chart)
    {
        var plot = PlotFrame.New();
        var threshold = chart.Header.Threshold;
        var (lo, hi) = ChartPlot.Range(chart.Series.SelectMany(s => s.Values), threshold);
        int nc = chart.Categories.Count, ns = Math.Max(1, chart.Series.Count);
        for (var c = 0; c < nc; c++)
        {
            var row = nc - 1 - c;
            if (c > 0)
            {
                var rule = plot.Add.HorizontalLine(row + 0.5, 1, Palette.Hex(Palette.Grid));
                rule.LinePattern = LinePattern.Solid;
            }
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var y = row + 0.4 - (s + 0.5) * 0.8 / ns;
                var series = chart.Series[s];
                if (At(series, c) is not { } v)
                {
                    PlotFrame.Missing(plot, lo, hi, y - 0.36 / ns, y + 0.36 / ns, label: true, size: PlotFrame.SmallSize - 2);
                    continue;
                }
                var dot = plot.Add.Marker((double)v, y, Palette.Marker(s, series.IsDerived(c)), 10, Palette.Colour(s));
                dot.MarkerLineWidth = 1.8f;
                PlotFrame.Text(plot, VnFormat.Pct(v) + Doubtful.After(series.MarksAt(c)), (double)v, y, PlotFrame.SmallSize - 1, Alignment.MiddleLeft, dx: 8);
            }
        }
        PlotFrame.ThresholdLine(plot, threshold, vertical: true);
        PlotFrame.Ticks(plot.Axes.Left, chart.Categories.Select((k, c) => ((double)(nc - 1 - c), PlotFrame.Label(k, LabelWidth))));
        plot.Grid.YAxisStyle.IsVisible = false;
        CriterionPlot.Percent(plot.Axes.Bottom);
        plot.Axes.SetLimits(lo, hi, -0.5, nc - 0.5);
        var legend = chart.Series.Select((s, i) => PlotFrame.SeriesEntry(s.Name, i, line: false)).ToList();
        if (threshold is not null) legend.Add(PlotFrame.ThresholdEntry);
        if (chart.Series.Any(s => chart.Categories.Where((_, c) => At(s, c) is not null && s.IsDerived(c)).Any())) legend.Add(PlotFrame.DerivedEntry());
        legend.AddRange(Doubtful.Entries(chart.Series.SelectMany(s => chart.Categories.Select((_, c) => At(s, c) is null ? null : s.MarksAt(c)))));
        if (chart.Series.Any(s => chart.Categories.Where((_, c) => At(s, c) is null).Any())) legend.Add(PlotFrame.MissingEntry);
        return PlotFrame.Finish(plot, chart.Header, legend, nc * (ns * Lane + 14) + 44, Describe(chart));
    }

    private static decimal? At(Series s, int i) => i < s.Values.Count ? s.Values[i] : null;

    private static string Describe(GroupedBarsChart chart) =>
        "Biểu đồ điểm theo nhóm: " + string.Join("; ", chart.Categories.Select((cat, c) => cat + ": " + string.Join(", ",
            chart.Series.Select(s => s.Name + " " + (At(s, c) is { } v ? VnFormat.Pct(v) + (s.IsDerived(c) ? Derived.Describe : "") + Doubtful.Describe(s.MarksAt(c))
                : PlotFrame.MissingText))))) + ".";
}
