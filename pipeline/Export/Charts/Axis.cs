using Analytics.Pipeline.Model;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>A linear map from data values to px, with round tick values.</summary>
internal sealed record Scale(double D0, double D1, double R0, double R1)
{
    public double Map(double v) => R0 + (v - D0) / (D1 - D0) * (R1 - R0);

    public double Map(decimal v) => Map((double)v);

    public double Map(int v) => Map((double)v);

    public IEnumerable<double> Ticks(double step)
    {
        for (var t = Math.Ceiling(D0 / step) * step; t <= D1 + 1e-9; t += step) yield return Math.Round(t, 6);
    }

    /// <summary>A percentage domain that holds every value and 90%, widened to multiples of the step, within 0–100.</summary>
    public static (double Lo, double Hi, double Step) PercentDomain(IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().Select(v => (double)v).Append(90).ToList();
        double lo = known.Min(), hi = known.Max();
        var step = (hi - lo) switch { <= 8 => 2.0, <= 20 => 5.0, _ => 10.0 };
        lo = Math.Max(0, Math.Floor((lo - step / 2) / step) * step);
        hi = Math.Min(100, Math.Ceiling((hi + step / 2) / step) * step);
        return (lo, hi, step);
    }
}

/// <summary>Gridlines, tick labels and the 90% line.</summary>
internal static class Axis
{
    /// <summary>Vertical gridlines with % labels under a horizontal value axis from y1 to y2.</summary>
    public static void Horizontal(SvgWriter svg, Scale x, double step, double y1, double y2)
    {
        svg.Open("g", ("class", "axis"), ("font-size", ChartFrame.SmallSize), ("fill", Palette.Muted), ("text-anchor", "middle"));
        foreach (var t in x.Ticks(step))
        {
            svg.Empty("line", ("x1", x.Map(t)), ("y1", y1), ("x2", x.Map(t)), ("y2", y2), ("stroke", Palette.Grid));
            svg.Content("text", VnFormat.Pct((decimal)t), ("x", x.Map(t)), ("y", y2 + 14));
        }
        svg.Close("g");
    }

    /// <summary>Horizontal gridlines with % labels left of a vertical value axis from x1 to x2.</summary>
    public static void Vertical(SvgWriter svg, Scale y, double step, double x1, double x2)
    {
        svg.Open("g", ("class", "axis"), ("font-size", ChartFrame.SmallSize), ("fill", Palette.Muted), ("text-anchor", "end"));
        foreach (var t in y.Ticks(step))
        {
            svg.Empty("line", ("x1", x1), ("y1", y.Map(t)), ("x2", x2), ("y2", y.Map(t)), ("stroke", Palette.Grid));
            svg.Content("text", VnFormat.Pct((decimal)t), ("x", x1 - 6), ("y", y.Map(t) + 4));
        }
        svg.Close("g");
    }

    /// <summary>The 90% line: dashed, dark, labelled "90%" at its start.</summary>
    public static void Threshold(SvgWriter svg, double x1, double y1, double x2, double y2, bool labelAbove)
    {
        svg.Open("g", ("class", "threshold"));
        svg.Title("Ngưỡng 90%");
        svg.Empty("line", ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2), ("stroke", Palette.Ink), ("stroke-width", 1.5),
            ("stroke-dasharray", "5 3"));
        if (labelAbove)
            svg.Content("text", "90%", ("x", x1), ("y", y1 - 4), ("font-size", ChartFrame.SmallSize), ("font-weight", "bold"),
                ("text-anchor", "middle"), ("fill", Palette.Ink));
        svg.Close("g");
    }

    /// <summary>A text with a white halo, readable over gridlines and patterns.</summary>
    public static void Label(SvgWriter svg, string text, double x, double y, double size, string anchor = "start",
        string fill = Palette.Ink, bool bold = false) =>
        svg.Content("text", text, ("x", x), ("y", y), ("font-size", size), ("text-anchor", anchor), ("fill", fill),
            ("font-weight", bold ? "bold" : null), ("stroke", "#FFFFFF"), ("stroke-width", 3), ("paint-order", "stroke"),
            ("stroke-linejoin", "round"));

    /// <summary>"No figure": a small hatched box at the axis start and the words, never a bar of any length.</summary>
    public static void Missing(SvgWriter svg, double x, double y, double height, double size)
    {
        svg.Empty("rect", ("x", x), ("y", y), ("width", 14), ("height", height), ("fill", Palette.MissingFill), ("stroke", "#8C8C8C"));
        Label(svg, ChartFrame.MissingText, x + 20, y + height / 2 + size * 0.35, size, fill: Palette.Muted);
    }

    /// <summary>A left-anchored text on a white box, so lines behind it do not cross the figures.</summary>
    public static void BoxedLabel(SvgWriter svg, string text, double x, double baseline, double size)
    {
        svg.Empty("rect", ("x", x - 2), ("y", baseline - size * 0.95), ("width", TextFit.Width(text, size) + 4),
            ("height", size * 1.25), ("fill", "#FFFFFF"), ("fill-opacity", 0.9));
        svg.Content("text", text, ("x", x), ("y", baseline), ("font-size", size), ("fill", Palette.Ink));
    }
}
