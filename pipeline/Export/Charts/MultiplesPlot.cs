using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(6) One criterion across units: a small panel per unit (three a row) with its line over the years on one
/// shared scale, the 90% line (SIPAS), the latest figure labelled, a missing year hatched.</summary>
internal static class MultiplesPlot
{
    private const int Columns = 3;
    private const double PanelHeight = 130;

    public static DrawnChart Draw(SmallMultiplesChart chart)
    {
        var plot = PlotFrame.New();
        plot.HideAxesAndGrid();
        var threshold = chart.Header.Threshold;
        var (lo, hi) = ChartPlot.Range(chart.Panels.SelectMany(p => p.Values), threshold);
        var years = chart.Years.Count;
        double width = Math.Max(1, years - 1) + 0.8, gapX = 0.5, height = hi - lo, gapY = height * 0.55;
        var rows = (chart.Panels.Count + Columns - 1) / Columns;
        for (var p = 0; p < chart.Panels.Count; p++)
        {
            var x0 = p % Columns * (width + gapX);
            var y0 = -(p / Columns) * (height + gapY);
            Panel(plot, chart, chart.Panels[p], x0, y0 - lo, width, lo, hi, threshold);
        }
        var across = Columns * (width + gapX) - gapX;
        plot.Axes.SetLimits(-across * 0.035, across * 1.035, -(rows - 1) * (height + gapY) - gapY * 0.45, height + gapY * 0.55);
        var legend = new List<LegendItem> { PlotFrame.SeriesEntry(chart.Criterion, 0, line: true) };
        if (threshold is not null) legend.Add(PlotFrame.ThresholdEntry);
        if (chart.Panels.Any(s => chart.Years.Where((_, k) => At(s, k) is not null && s.IsDerived(k)).Any())) legend.Add(PlotFrame.DerivedEntry());
        legend.AddRange(Doubtful.Entries(chart.Panels.SelectMany(s => chart.Years.Select((_, k) => At(s, k) is null ? null : s.MarksAt(k)))));
        if (chart.Panels.Any(s => chart.Years.Where((_, k) => At(s, k) is null).Any())) legend.Add(PlotFrame.MissingEntry);
        return PlotFrame.Finish(plot, chart.Header, legend, rows * PanelHeight + 10, Describe(chart));
    }

    private static decimal? At(Series s, int k) => k < s.Values.Count ? s.Values[k] : null;

    /// <summary>One panel: frame, scale labels, the 90% line, the line over the years, the name above and the years under it.</summary>
    private static void Panel(Plot plot, SmallMultiplesChart chart, Series panel, double x0, double shift, double width,
        double lo, double hi, decimal? threshold)
    {
        var frame = plot.Add.Rectangle(x0, x0 + width, lo + shift, hi + shift);
        frame.FillStyle.Color = Palette.Hex("#F7F7F7");
        frame.LineStyle.Color = Palette.Hex(Palette.Grid);
        var xs = chart.Years.Select((_, k) => x0 + 0.4 + k).ToList();
        for (var k = 0; k < xs.Count; k++)
            if (At(panel, k) is null) PlotFrame.Missing(plot, xs[k] - 0.3, xs[k] + 0.3, lo + shift, hi + shift, label: false);
        if (threshold is { } t)
        {
            var line = plot.Add.Line(x0, (double)t + shift, x0 + width, (double)t + shift);
            line.LineColor = Palette.Hex(Palette.Ink);
            line.LinePattern = Palette.Dash(Palette.ThresholdDash);
            line.LineWidth = 1.5f;
        }
        var ys = chart.Years.Select((_, k) => At(panel, k) is { } v ? (double?)((double)v + shift) : null).ToList();
        SeriesLine.Draw(plot, xs, ys, panel.IsDerived, new LineLook(Palette.Colour(0), 2, 0, 0, 6), panel.MarksAt);
        var name = PlotFrame.Label(panel.Name, 200, PlotFrame.SmallSize);
        PlotFrame.Text(plot, name, x0, hi + shift, PlotFrame.SmallSize, Alignment.LowerLeft, bold: true, dy: -3);
        var last = ys.FindLastIndex(y => y is not null);
        if (last >= 0)
            PlotFrame.Text(plot, VnFormat.Pct(At(panel, last)) + (last < xs.Count - 1 ? $" ({chart.Years[last]})" : ""), x0 + width,
                hi + shift, PlotFrame.SmallSize - 1, Alignment.UpperRight, dx: -2, dy: 2);
        foreach (var k in new[] { 0, xs.Count - 1 }.Distinct().Where(k => k >= 0))
            PlotFrame.Text(plot, chart.Years[k].ToString(VnFormat.Culture), xs[k], lo + shift, PlotFrame.SmallSize - 2, Alignment.UpperCenter,
                Palette.Muted, dy: 2);
        PlotFrame.Text(plot, VnFormat.Pct((decimal)lo), x0, lo + shift, PlotFrame.SmallSize - 2, Alignment.LowerLeft, Palette.Muted, dx: 2, dy: -1);
    }

    private static string Describe(SmallMultiplesChart chart) =>
        $"Biểu đồ nhỏ lặp lại: {chart.Criterion} theo đơn vị và năm. " + string.Join("; ", chart.Panels.Select(p => p.Name + ": " +
            string.Join(", ", chart.Years.Select((y, k) => $"{y} " + (At(p, k) is { } v ? VnFormat.Pct(v) + (p.IsDerived(k) ? Derived.Describe : "") + Doubtful.Describe(p.MarksAt(k))
                : PlotFrame.MissingText))))) + ".";
}
