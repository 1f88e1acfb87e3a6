namespace Analytics.Pipeline.Export.Charts;

/// <summary>What a legend entry shows next to its label.</summary>
internal enum LegendKind { Fill, Line, Threshold, Target, Missing, DerivedBar, DerivedPoint, DerivedMark }

/// <summary>A legend entry; <see cref="Index"/> is the series' palette index (fill/line kinds).</summary>
internal sealed record LegendItem(LegendKind Kind, string Label, int Index = 0, string? Colour = null)
{
    public static LegendItem Threshold { get; } = new(LegendKind.Threshold, "Ngưỡng 90%");
    public static LegendItem Missing { get; } = new(LegendKind.Missing, ChartFrame.MissingText);
    public static LegendItem DerivedBar { get; } = new(LegendKind.DerivedBar, Derived.ValueNote);
    public static LegendItem DerivedPoint(string label = Derived.ValueNote) => new(LegendKind.DerivedPoint, label);
    public static LegendItem DerivedMark { get; } = new(LegendKind.DerivedMark, Derived.ValueNote);
}

/// <summary>Flows legend entries left to right in rows; long labels (full unit names) wrap onto more lines.</summary>
internal static class Legend
{
    private const double Size = ChartFrame.SmallSize + 0.5, Key = 26, Gap = 18, LineHeight = Size * 1.3;

    /// <summary>Draws the entries from (x, y) within <paramref name="width"/>; returns the height used.</summary>
    public static double Draw(SvgWriter svg, IReadOnlyList<LegendItem> items, double x, double y, double width)
    {
        if (items.Count == 0) return 0;
        svg.Open("g", ("class", "legend"), ("font-size", Size), ("fill", Palette.Ink));
        double cx = x, cy = y, rowHeight = 0;
        foreach (var item in items)
        {
            var lines = TextFit.Wrap(item.Label, Math.Min(width - Key, width * 0.62), Size, 3);
            var itemWidth = Key + lines.Max(l => TextFit.Width(l, Size));
            if (cx > x && cx + itemWidth > x + width)
            {
                cx = x;
                cy += rowHeight + 6;
                rowHeight = 0;
            }
            svg.Open("g", ("class", "legend-item"));
            if (TextFit.Cut(lines)) svg.Title(item.Label);
            Swatch(svg, item, cx, cy);
            for (var i = 0; i < lines.Count; i++)
                svg.Content("text", lines[i], ("x", cx + Key), ("y", cy + Size * 0.85 + i * LineHeight));
            svg.Close("g");
            cx += itemWidth + Gap;
            rowHeight = Math.Max(rowHeight, lines.Count * LineHeight);
        }
        svg.Close("g");
        return cy + rowHeight - y;
    }

    private static void Swatch(SvgWriter svg, LegendItem item, double x, double y)
    {
        var mid = y + Size * 0.45;
        switch (item.Kind)
        {
            case LegendKind.Fill:
                svg.Empty("rect", ("x", x), ("y", y), ("width", 18), ("height", 12), ("fill", item.Colour ?? Palette.Fill(item.Index)),
                    ("stroke", item.Colour is null ? Palette.Colour(item.Index) : "#8C8C8C"));
                break;
            case LegendKind.Line:
                svg.Empty("line", ("x1", x), ("y1", mid), ("x2", x + 20), ("y2", mid), ("stroke", item.Colour ?? Palette.Colour(item.Index)),
                    ("stroke-width", 2.5), ("stroke-dasharray", item.Colour is null ? Palette.Dash(item.Index) : null));
                if (item.Colour is null) Palette.Marker(svg, item.Index, x + 10, mid, 3.5);
                else svg.Empty("circle", ("cx", x + 10), ("cy", mid), ("r", 2.5), ("fill", item.Colour));
                break;
            case LegendKind.Threshold:
                svg.Empty("line", ("x1", x + 9), ("y1", y - 2), ("x2", x + 9), ("y2", y + 14), ("stroke", Palette.Ink),
                    ("stroke-width", 1.5), ("stroke-dasharray", "4 3"));
                break;
            case LegendKind.Target:
                TargetMark(svg, x + 9, y - 1, y + 13);
                break;
            case LegendKind.DerivedBar:
                Derived.Bar(svg, x, y, 18, 12, item.Index);
                break;
            case LegendKind.DerivedPoint:
                Derived.Point(svg, item.Index, x + 10, mid, 3.5);
                break;
            case LegendKind.DerivedMark:
                svg.Content("text", Derived.Mark, ("x", x + 9), ("y", y + Size * 0.85), ("font-weight", "bold"), ("text-anchor", "middle"));
                break;
            case LegendKind.Missing:
                svg.Empty("rect", ("x", x), ("y", y), ("width", 18), ("height", 12), ("fill", Palette.MissingFill), ("stroke", "#8C8C8C"));
                break;
        }
    }

    /// <summary>The unit's own target: a black bar with a diamond cap, drawn at x from y1 to y2.</summary>
    public static void TargetMark(SvgWriter svg, double x, double y1, double y2)
    {
        svg.Empty("line", ("x1", x), ("y1", y1), ("x2", x), ("y2", y2), ("stroke", "#000000"), ("stroke-width", 3));
        svg.Empty("path", ("d", $"M{SvgWriter.Num(x)},{SvgWriter.Num(y1 - 5)} l4,4 l-4,4 l-4,-4 Z"), ("fill", "#000000"));
    }
}
