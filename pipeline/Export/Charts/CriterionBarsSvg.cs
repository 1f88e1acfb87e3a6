using Analytics.Pipeline.Model;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(1) Horizontal bars per criterion on a 0–100% axis, the 90% line, and the unit's own target marks.</summary>
internal static class CriterionBarsSvg
{
    private const double LabelWidth = 210, RowHeight = 40, BarHeight = 22, Top = 18;
    private const double X0 = ChartFrame.Margin + LabelWidth + 10, X1 = ChartFrame.Width - ChartFrame.Margin - 96;
    private const double ValueX = ChartFrame.Width - ChartFrame.Margin;

    public static string Render(CriterionBarsChart chart)
    {
        var legend = new List<LegendItem> { new(LegendKind.Fill, "Mức độ hài lòng", 0), LegendItem.Threshold };
        if (chart.Bars.Any(b => b.Target is not null)) legend.Add(new(LegendKind.Target, "Mục tiêu của đơn vị"));
        if (chart.Bars.Any(b => b.Value is not null && b.Derived)) legend.Add(LegendItem.DerivedBar);
        if (chart.Bars.Any(b => b.Value is null)) legend.Add(LegendItem.Missing);
        return ChartFrame.Render(chart.Header, Describe(chart), 1, legend, (svg, top) => Plot(svg, chart, top));
    }

    private static double Plot(SvgWriter svg, CriterionBarsChart chart, double top)
    {
        var x = new Scale(0, 100, X0, X1);
        var bottom = top + Top + chart.Bars.Count * RowHeight;
        Axis.Horizontal(svg, x, 10, top + Top, bottom);
        for (var i = 0; i < chart.Bars.Count; i++) Bar(svg, chart.Bars[i], x, top + Top + i * RowHeight);
        Axis.Threshold(svg, x.Map(ChartSpec.Threshold), top + Top - 2, x.Map(ChartSpec.Threshold), bottom, labelAbove: true);
        foreach (var (bar, i) in chart.Bars.Select((b, i) => (b, i)))
            if (bar.Target is { } t)
                Legend.TargetMark(svg, x.Map(t), top + Top + i * RowHeight + 5, top + Top + i * RowHeight + RowHeight - 5);
        return bottom - top + 22;
    }

    private static void Bar(SvgWriter svg, CriterionBar bar, Scale x, double rowTop)
    {
        var barTop = rowTop + (RowHeight - BarHeight) / 2;
        var mid = barTop + BarHeight / 2;
        svg.Open("g", ("class", bar.Value is null ? "bar missing" : Derived.Class("bar", bar.Derived)),
            ("data-value", bar.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        svg.Title(Tooltip(bar));
        RowLabel(svg, bar.Label, X0 - 8, mid, LabelWidth);
        if (bar.Value is { } v)
        {
            var end = x.Map(v);
            if (bar.Derived) Derived.Bar(svg, X0, barTop, end - X0, BarHeight, 0);
            else svg.Empty("rect", ("x", X0), ("y", barTop), ("width", end - X0), ("height", BarHeight), ("fill", Palette.Colour(0)));
            svg.Content("text", VnFormat.Pct(v), ("x", ValueX), ("y", bar.Target is null ? mid + 4.5 : mid), ("font-size", ChartFrame.TextSize),
                ("font-weight", "bold"), ("text-anchor", "end"), ("fill", Palette.Ink));
        }
        else
        {
            Axis.Missing(svg, X0, barTop, BarHeight, ChartFrame.TextSize);
        }
        if (bar.Target is { } t)
            svg.Content("text", "mục tiêu " + VnFormat.Pct(t), ("x", ValueX), ("y", mid + 13), ("font-size", ChartFrame.SmallSize - 1),
                ("text-anchor", "end"), ("fill", Palette.Muted));
        svg.Close("g");
    }

    /// <summary>A label right-aligned at x, wrapped to two lines within width, vertically centred on mid.</summary>
    public static void RowLabel(SvgWriter svg, string label, double x, double mid, double width, double size = ChartFrame.TextSize)
    {
        var lines = TextFit.Wrap(label, width, size, 2);
        var first = mid + 4.5 - (lines.Count - 1) * size * 0.6;
        for (var i = 0; i < lines.Count; i++)
            svg.Content("text", lines[i], ("x", x), ("y", first + i * size * 1.2), ("font-size", size), ("text-anchor", "end"),
                ("fill", Palette.Ink));
    }

    private static string Tooltip(CriterionBar bar)
    {
        var parts = new List<string> { bar.Label + ": " + (bar.Value is { } v ? VnFormat.Pct(v) + (bar.Derived ? Derived.Tooltip : "") : ChartFrame.MissingText) };
        if (bar.Target is { } t) parts.Add("mục tiêu " + VnFormat.Pct(t));
        if (bar.Value is { } value) parts.Add(value >= ChartSpec.Threshold ? "đạt 90%" : "thiếu " + VnFormat.Number(ChartSpec.Threshold - value) + " điểm so với 90%");
        return string.Join(" · ", parts);
    }

    private static string Describe(CriterionBarsChart chart) =>
        "Biểu đồ cột ngang: mức độ hài lòng theo tiêu chí, so với ngưỡng 90% và mục tiêu của đơn vị. " +
        string.Join("; ", chart.Bars.Select(Tooltip)) + ".";
}
