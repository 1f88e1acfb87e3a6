using System.Globalization;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>(6) One criterion across units: a panel per unit, a bar per year, on one shared 0–100% scale.</summary>
internal static class SmallMultiplesSvg
{
    private const double Gap = 18, TitleHeight = 34, PlotHeight = 96, Size = ChartFrame.SmallSize;
    private const double PanelHeight = TitleHeight + 4 + PlotHeight + 20;

    public static string Render(SmallMultiplesChart chart)
    {
        var legend = new List<LegendItem> { new(LegendKind.Fill, chart.Criterion, 0), LegendItem.Threshold };
        if (chart.Panels.Any(p => chart.Years.Where((_, i) => Value(p, i) is not null && p.IsDerived(i)).Any())) legend.Add(LegendItem.DerivedBar);
        if (chart.Panels.Any(p => chart.Years.Select((_, i) => Value(p, i)).Any(v => v is null))) legend.Add(LegendItem.Missing);
        return ChartFrame.Render(chart.Header, Describe(chart), 1, legend, (svg, top) => Plot(svg, chart, top));
    }

    private static decimal? Value(Series s, int i) => i < s.Values.Count ? s.Values[i] : null;

    private static int Columns(int n) => n <= 2 ? Math.Max(1, n) : n <= 6 ? 3 : 4;

    private static double Plot(SvgWriter svg, SmallMultiplesChart chart, double top)
    {
        var cols = Columns(chart.Panels.Count);
        var width = (ChartFrame.Width - 2 * ChartFrame.Margin - (cols - 1) * Gap) / cols;
        for (var p = 0; p < chart.Panels.Count; p++)
            Panel(svg, chart, p, ChartFrame.Margin + p % cols * (width + Gap), top + 6 + p / cols * (PanelHeight + Gap), width);
        var rows = (chart.Panels.Count + cols - 1) / cols;
        return 6 + rows * (PanelHeight + Gap) - Gap;
    }

    private static void Panel(SvgWriter svg, SmallMultiplesChart chart, int p, double x, double y, double width)
    {
        var panel = chart.Panels[p];
        var lines = TextFit.Wrap(panel.Name, width, Size, 2, bold: true);
        svg.Open("g", ("class", "panel"), ("data-name", panel.Name));
        svg.Title(panel.Name);
        var plotTop = y + TitleHeight + 4;
        for (var k = 0; k < lines.Count; k++)
            svg.Content("text", lines[k], ("x", x), ("y", plotTop - 8 - (lines.Count - 1 - k) * Size * 1.25), ("font-size", Size),
                ("font-weight", "bold"), ("fill", Palette.Ink));
        var scale = new Scale(0, 100, plotTop + PlotHeight, plotTop);
        svg.Empty("rect", ("x", x), ("y", plotTop), ("width", width), ("height", PlotHeight), ("fill", "#F7F7F7"));
        Axis.Threshold(svg, x, scale.Map(ChartSpec.Threshold), x + width, scale.Map(ChartSpec.Threshold), labelAbove: false);
        var slot = width / Math.Max(1, chart.Years.Count);
        for (var i = 0; i < chart.Years.Count; i++) YearBar(svg, chart, panel, i, x + i * slot, slot, scale);
        svg.Empty("line", ("x1", x), ("y1", plotTop + PlotHeight), ("x2", x + width), ("y2", plotTop + PlotHeight), ("stroke", Palette.Muted));
        svg.Close("g");
    }

    private static void YearBar(SvgWriter svg, SmallMultiplesChart chart, Series panel, int i, double x, double slot, Scale y)
    {
        var value = Value(panel, i);
        var barWidth = Math.Min(34, slot * 0.62);
        var bx = x + (slot - barWidth) / 2;
        var year = chart.Years[i].ToString(CultureInfo.InvariantCulture);
        if (TextFit.Width(year, Size - 1) > slot - 2) year = "'" + year[^2..];
        var derived = value is not null && panel.IsDerived(i);
        svg.Open("g", ("class", value is null ? "bar missing" : Derived.Class("bar", derived)), ("data-value", value?.ToString(CultureInfo.InvariantCulture)));
        svg.Title($"{panel.Name} — {chart.Years[i]}: " + (value is { } t ? VnFormat.Pct(t) + (derived ? Derived.Tooltip : "") : ChartFrame.MissingText));
        if (value is { } v)
        {
            if (derived) Derived.Bar(svg, bx, y.Map(v), barWidth, y.Map(0m) - y.Map(v), 0);
            else svg.Empty("rect", ("x", bx), ("y", y.Map(v)), ("width", barWidth), ("height", y.Map(0m) - y.Map(v)), ("fill", Palette.Colour(0)));
            ValueLabel(svg, VnFormat.Number(v), bx + barWidth / 2, y.Map(v), y.Map(0m) - y.Map(v), barWidth, derived ? Palette.Ink : "#FFFFFF");
        }
        else
            svg.Empty("rect", ("x", bx), ("y", y.Map(0m) - 10), ("width", barWidth), ("height", 10), ("fill", Palette.MissingFill),
                ("stroke", "#8C8C8C"));
        svg.Content("text", year, ("x", x + slot / 2), ("y", y.Map(0m) + 13), ("font-size", Size - 1), ("text-anchor", "middle"), ("fill", Palette.Muted));
        svg.Close("g");
    }

    /// <summary>The value written up the bar (in <paramref name="ink"/>: white on a full bar, dark on a derived one), or above
    /// it when the bar is too short or narrow.</summary>
    private static void ValueLabel(SvgWriter svg, string text, double cx, double top, double height, double barWidth, string ink)
    {
        const double size = Size - 1.5;
        if (TextFit.Width(text, size) + 8 <= height && barWidth >= size + 2)
        {
            var ax = cx + size * 0.35;
            svg.Content("text", text, ("x", ax), ("y", top + 4), ("font-size", size), ("fill", ink), ("text-anchor", "end"),
                ("transform", $"rotate(-90 {SvgWriter.Num(ax)} {SvgWriter.Num(top + 4)})"));
        }
        else
            Axis.Label(svg, text, cx, top - 4, size, "middle");
    }

    private static string Describe(SmallMultiplesChart chart) =>
        $"Biểu đồ nhỏ lặp lại: {chart.Criterion} theo đơn vị và năm. " + string.Join("; ", chart.Panels.Select(p => p.Name + ": " +
            string.Join(", ", chart.Years.Select((yr, i) => $"{yr} " + (Value(p, i) is { } v ? VnFormat.Pct(v) : ChartFrame.MissingText))))) + ".";
}
