using System.Globalization;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>(5) Units × criteria; each cell shows the value and its distance from 90% and is shaded by that gap
/// (lighter is better, so it reads in greyscale); missing cells are hatched.</summary>
internal static class HeatmapSvg
{
    private const double LabelWidth = 200, RowHeight = 36, X0 = ChartFrame.Margin + LabelWidth + 8;

    // (upper bound of the gap below 90 in points, fill, text colour, legend label): lightness falls as the gap grows.
    private static readonly (decimal Upto, string Fill, string Text, string Label)[] Bins =
    [
        (0m, "#CDE5F5", Palette.Ink, "đạt 90% trở lên"),
        (2m, "#FDE5C2", Palette.Ink, "thiếu dưới 2 điểm"),
        (5m, "#F6B56B", Palette.Ink, "thiếu 2–5 điểm"),
        (10m, "#D9731F", "#FFFFFF", "thiếu 5–10 điểm"),
        (decimal.MaxValue, "#8F3E05", "#FFFFFF", "thiếu trên 10 điểm"),
    ];

    public static string Render(HeatmapChart chart)
    {
        var legend = Bins.Select(b => new LegendItem(LegendKind.Fill, b.Label, 0, b.Fill)).ToList();
        if (chart.Values.Select((r, u) => r.Where((v, c) => v is not null && chart.IsDerived(u, c)).Any()).Any(d => d))
            legend.Add(LegendItem.DerivedMark);
        if (chart.Values.Any(r => r.Any(v => v is null)) || chart.Values.Count < chart.Units.Count) legend.Add(LegendItem.Missing);
        return ChartFrame.Render(chart.Header, Describe(chart), 0, legend, (svg, top) => Plot(svg, chart, top));
    }

    private static decimal? Cell(HeatmapChart chart, int u, int c) =>
        u < chart.Values.Count && c < chart.Values[u].Count ? chart.Values[u][c] : null;

    private static (decimal Upto, string Fill, string Text, string Label) Bin(decimal value) =>
        Bins.First(b => ChartSpec.Threshold - value <= b.Upto);

    private static double Plot(SvgWriter svg, HeatmapChart chart, double top)
    {
        var colWidth = Math.Min(110, (ChartFrame.Width - ChartFrame.Margin - X0) / Math.Max(1, chart.Criteria.Count));
        var headerLines = chart.Criteria.Select(c => TextFit.Wrap(c, colWidth - 6, ChartFrame.SmallSize, 3)).ToList();
        var headerHeight = headerLines.Select(l => l.Count).DefaultIfEmpty(1).Max() * ChartFrame.SmallSize * 1.2 + 8;
        svg.Open("g", ("class", "columns"), ("font-size", ChartFrame.SmallSize), ("fill", Palette.Ink), ("text-anchor", "middle"));
        for (var c = 0; c < chart.Criteria.Count; c++)
        {
            svg.Open("g", ("class", "column"));
            if (TextFit.Cut(headerLines[c])) svg.Title(chart.Criteria[c]);
            var lines = headerLines[c];
            for (var k = 0; k < lines.Count; k++)
                svg.Content("text", lines[k], ("x", X0 + (c + 0.5) * colWidth),
                    ("y", top + headerHeight - 6 - (lines.Count - 1 - k) * ChartFrame.SmallSize * 1.2));
            svg.Close("g");
        }
        svg.Close("g");
        for (var u = 0; u < chart.Units.Count; u++)
        {
            var rowTop = top + headerHeight + u * RowHeight;
            svg.Open("g", ("class", "row"));
            svg.Title(chart.Units[u]);
            CriterionBarsSvg.RowLabel(svg, chart.Units[u], X0 - 8, rowTop + RowHeight / 2, LabelWidth, ChartFrame.SmallSize + 0.5);
            svg.Close("g");
            for (var c = 0; c < chart.Criteria.Count; c++)
                DrawCell(svg, chart, u, c, X0 + c * colWidth, rowTop, colWidth);
        }
        return headerHeight + chart.Units.Count * RowHeight + 4;
    }

    private static void DrawCell(SvgWriter svg, HeatmapChart chart, int u, int c, double x, double y, double w)
    {
        var value = Cell(chart, u, c);
        var cx = x + w / 2;
        var derived = value is not null && chart.IsDerived(u, c);
        svg.Open("g", ("class", value is null ? "cell missing" : Derived.Class("cell", derived)), ("data-value", value?.ToString(CultureInfo.InvariantCulture)));
        svg.Title($"{chart.Units[u]} — {chart.Criteria[c]}: " + (value is { } t ? VnFormat.Pct(t) + " (" + GapText(t) + ")"
            + (derived ? Derived.Tooltip : "") : ChartFrame.MissingText));
        if (value is { } v)
        {
            var bin = Bin(v);
            svg.Empty("rect", ("x", x), ("y", y), ("width", w), ("height", RowHeight), ("fill", bin.Fill), ("stroke", "#FFFFFF"), ("stroke-width", 2));
            svg.Content("text", VnFormat.Pct(v) + (derived ? Derived.Mark : ""), ("x", cx), ("y", y + 16), ("font-size", ChartFrame.SmallSize + 0.5),
                ("font-weight", "bold"), ("text-anchor", "middle"), ("fill", bin.Text));
            svg.Content("text", VnFormat.Points(v - ChartSpec.Threshold), ("x", cx), ("y", y + 29), ("font-size", ChartFrame.SmallSize - 1),
                ("text-anchor", "middle"), ("fill", bin.Text));
        }
        else
        {
            svg.Empty("rect", ("x", x), ("y", y), ("width", w), ("height", RowHeight), ("fill", Palette.MissingFill), ("stroke", "#FFFFFF"), ("stroke-width", 2));
            var lines = TextFit.Wrap(ChartFrame.MissingText, w - 6, ChartFrame.SmallSize - 1.5, 2);
            for (var k = 0; k < lines.Count; k++)
                Axis.Label(svg, lines[k], cx, y + (lines.Count == 1 ? 22 : 16 + k * 11), ChartFrame.SmallSize - 1.5, "middle");
        }
        svg.Close("g");
    }

    private static string GapText(decimal value) => value >= ChartSpec.Threshold
        ? "đạt 90%, " + VnFormat.Points(value - ChartSpec.Threshold) + " điểm"
        : "thiếu " + VnFormat.Number(ChartSpec.Threshold - value) + " điểm so với 90%";

    private static string Describe(HeatmapChart chart) =>
        "Bảng nhiệt: khoảng cách tới ngưỡng 90% theo đơn vị và tiêu chí. " + string.Join("; ", chart.Units.Select((unit, u) =>
            unit + ": " + string.Join(", ", chart.Criteria.Select((crit, c) =>
                crit + " " + (Cell(chart, u, c) is { } v ? VnFormat.Pct(v) : ChartFrame.MissingText))))) + ".";
}
