using System.Globalization;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>(2) Groups of horizontal bars: one group per category, one patterned bar per series, full names in the legend.</summary>
internal static class GroupedBarsSvg
{
    private const double LabelWidth = 190, BarHeight = 15, BarGap = 3, GroupGap = 16, Top = 18;
    private const double X0 = ChartFrame.Margin + LabelWidth + 10, X1 = ChartFrame.Width - ChartFrame.Margin - 50;

    public static string Render(GroupedBarsChart chart)
    {
        var legend = chart.Series.Select((s, i) => new LegendItem(LegendKind.Fill, s.Name, i)).Append(LegendItem.Threshold).ToList();
        if (chart.Series.Any(s => Enumerable.Range(0, chart.Categories.Count).Any(c => Value(s, c) is not null && s.IsDerived(c))))
            legend.Add(LegendItem.DerivedBar);
        if (chart.Series.Any(s => Enumerable.Range(0, chart.Categories.Count).Any(c => Value(s, c) is null)))
            legend.Add(LegendItem.Missing);
        return ChartFrame.Render(chart.Header, Describe(chart), chart.Series.Count, legend, (svg, top) => Plot(svg, chart, top));
    }

    private static decimal? Value(Series s, int category) => category < s.Values.Count ? s.Values[category] : null;

    private static double GroupHeight(int series) => series * (BarHeight + BarGap) - BarGap + GroupGap;

    private static double Plot(SvgWriter svg, GroupedBarsChart chart, double top)
    {
        var x = new Scale(0, 100, X0, X1);
        var group = GroupHeight(chart.Series.Count);
        var bottom = top + Top + chart.Categories.Count * group;
        Axis.Horizontal(svg, x, 10, top + Top, bottom);
        Axis.Threshold(svg, x.Map(ChartSpec.Threshold), top + Top - 2, x.Map(ChartSpec.Threshold), bottom, labelAbove: true);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var groupTop = top + Top + c * group + GroupGap / 2;
            svg.Open("g", ("class", "group"));
            CriterionBarsSvg.RowLabel(svg, chart.Categories[c], X0 - 8, groupTop + (group - GroupGap) / 2, LabelWidth);
            for (var s = 0; s < chart.Series.Count; s++)
                Bar(svg, chart, c, s, x, groupTop + s * (BarHeight + BarGap));
            svg.Close("g");
        }
        return bottom - top + 22;
    }

    private static void Bar(SvgWriter svg, GroupedBarsChart chart, int c, int s, Scale x, double y)
    {
        var value = Value(chart.Series[s], c);
        var mid = y + BarHeight / 2 + 4;
        var derived = value is not null && chart.Series[s].IsDerived(c);
        svg.Open("g", ("class", value is null ? "bar missing" : Derived.Class("bar", derived)), ("data-value", value?.ToString(CultureInfo.InvariantCulture)));
        svg.Title($"{chart.Series[s].Name} — {chart.Categories[c]}: {(value is { } t ? VnFormat.Pct(t) + (derived ? Derived.Tooltip : "") : ChartFrame.MissingText)}");
        if (value is { } v)
        {
            if (derived) Derived.Bar(svg, X0, y, x.Map(v) - X0, BarHeight, s);
            else svg.Empty("rect", ("x", X0), ("y", y), ("width", x.Map(v) - X0), ("height", BarHeight), ("fill", Palette.Fill(s)),
                ("stroke", Palette.Colour(s)));
            Axis.BoxedLabel(svg, VnFormat.Pct(v), x.Map(v) + 4, mid, ChartFrame.SmallSize);
        }
        else
        {
            Axis.Missing(svg, X0, y, BarHeight, ChartFrame.SmallSize);
        }
        svg.Close("g");
    }

    private static string Describe(GroupedBarsChart chart) =>
        "Biểu đồ cột nhóm: " + string.Join("; ", chart.Categories.Select((cat, c) => cat + ": " + string.Join(", ",
            chart.Series.Select(s => s.Name + " " + (Value(s, c) is { } v ? VnFormat.Pct(v) : ChartFrame.MissingText))))) + ".";
}
