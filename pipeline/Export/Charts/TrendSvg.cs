using Analytics.Pipeline.Model;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(3) Lines over the years with dashes and markers per series; a missing year breaks the line (no zero).</summary>
internal static class TrendSvg
{
    private const double X0 = ChartFrame.Margin + 46, X1 = ChartFrame.Width - ChartFrame.Margin - 110, Top = 12, Height = 250;

    public static string Render(TrendChart chart)
    {
        var legend = chart.Series.Select((s, i) => new LegendItem(LegendKind.Line, s.Name, i)).Append(LegendItem.Threshold).ToList();
        if (chart.Series.Any(s => Enumerable.Range(0, Math.Min(s.Values.Count, chart.Years.Count)).Any(i => s.Values[i] is not null && s.IsDerived(i))))
            legend.Add(LegendItem.DerivedPoint());
        return ChartFrame.Render(chart.Header, Describe(chart), chart.Series.Count, legend, (svg, top) => Plot(svg, chart, top));
    }

    /// <summary>x of each year: evenly spaced, one year centred.</summary>
    public static double YearX(int index, int count, double x0, double x1) =>
        count <= 1 ? (x0 + x1) / 2 : x0 + 16 + index * (x1 - x0 - 32) / (count - 1);

    private static double Plot(SvgWriter svg, TrendChart chart, double top)
    {
        var (lo, hi, step) = Scale.PercentDomain(chart.Series.SelectMany(s => s.Values));
        var y = new Scale(lo, hi, top + Top + Height, top + Top);
        Axis.Vertical(svg, y, step, X0, X1);
        YearLabels(svg, chart.Years, top + Top + Height + 16);
        Axis.Threshold(svg, X0, y.Map(ChartSpec.Threshold), X1, y.Map(ChartSpec.Threshold), labelAbove: false);
        var ends = new List<(double Y, string Text, int Series)>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var points = Points(chart, s, y);
            Line(svg, chart.Series[s], s, points);
            var lastIndex = points.FindLastIndex(p => p is not null);
            if (lastIndex >= 0 && points[lastIndex] is { } last)
                ends.Add((last.Y, VnFormat.Pct(last.Value) + (lastIndex < chart.Years.Count - 1 ? $" ({chart.Years[lastIndex]})" : ""), s));
        }
        EndLabels(svg, ends);
        return Top + Height + 26;
    }

    private static List<(double X, double Y, decimal Value)?> Points(TrendChart chart, int s, Scale y) =>
        chart.Years.Select((_, i) => i < chart.Series[s].Values.Count && chart.Series[s].Values[i] is { } v
            ? ((double, double, decimal)?)(YearX(i, chart.Years.Count, X0, X1), y.Map(v), v) : null).ToList();

    private static void YearLabels(SvgWriter svg, IReadOnlyList<int> years, double baseline)
    {
        svg.Open("g", ("class", "years"), ("font-size", ChartFrame.SmallSize), ("fill", Palette.Muted), ("text-anchor", "middle"));
        for (var i = 0; i < years.Count; i++)
            svg.Content("text", years[i].ToString(VnFormat.Culture), ("x", YearX(i, years.Count, X0, X1)), ("y", baseline));
        svg.Close("g");
    }

    private static void Line(SvgWriter svg, Series series, int s, List<(double X, double Y, decimal Value)?> points)
    {
        svg.Open("g", ("class", "series"), ("data-name", series.Name));
        svg.Title(series.Name);
        foreach (var run in Runs(points).Where(r => r.Count > 1))
            svg.Empty("polyline", ("points", string.Join(" ", run.Select(p => SvgWriter.Num(p.X) + "," + SvgWriter.Num(p.Y)))),
                ("fill", "none"), ("stroke", Palette.Colour(s)), ("stroke-width", 2.5), ("stroke-dasharray", Palette.Dash(s)));
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { } p) continue;
            var derived = series.IsDerived(i);
            svg.Open("g", ("class", Derived.Class("point", derived)), ("data-value", p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            svg.Title(series.Name + ": " + VnFormat.Pct(p.Value) + (derived ? Derived.Tooltip : ""));
            if (derived) Derived.Point(svg, s, p.X, p.Y, 4);
            else Palette.Marker(svg, s, p.X, p.Y, 4);
            svg.Close("g");
        }
        svg.Close("g");
    }

    /// <summary>Consecutive present points; a null splits the line.</summary>
    public static IEnumerable<List<(double X, double Y, decimal Value)>> Runs(IEnumerable<(double X, double Y, decimal Value)?> points)
    {
        var run = new List<(double X, double Y, decimal Value)>();
        foreach (var p in points)
        {
            if (p is { } q) { run.Add(q); continue; }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }

    private static void EndLabels(SvgWriter svg, List<(double Y, string Text, int Series)> ends)
    {
        var placed = Dodge.Spread(ends.Select(e => e.Y).ToList(), ChartFrame.SmallSize + 3);
        for (var i = 0; i < ends.Count; i++)
        {
            Palette.Marker(svg, ends[i].Series, X1 + 12, placed[i] - 4, 3.5);
            svg.Content("text", ends[i].Text, ("x", X1 + 20), ("y", placed[i]), ("font-size", ChartFrame.SmallSize), ("fill", Palette.Ink));
        }
    }

    private static string Describe(TrendChart chart) =>
        "Biểu đồ đường theo năm: " + string.Join("; ", chart.Series.Select(s => s.Name + ": " + string.Join(", ",
            chart.Years.Select((yr, i) => $"{yr} " + (i < s.Values.Count && s.Values[i] is { } v ? VnFormat.Pct(v) : ChartFrame.MissingText))))) + ".";
}
