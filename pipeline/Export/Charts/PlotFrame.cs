using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>A chart drawn by ScottPlot: the plot, its height at <see cref="PlotFrame.Width"/>, and the description of its
/// data that screen readers read (the SVG's desc).</summary>
internal sealed record DrawnChart(Plot Plot, double Height, string Description);

/// <summary>
/// What every chart shares: DejaVu Sans, the title and subtitle on top, the legend and a footnote naming the source
/// documents and the date under the plot. Sizes are px of a 720-wide figure (16 cm print: 13 px ≈ 8 pt).
/// </summary>
internal static class PlotFrame
{
    public const double Width = 720, Margin = 24;
    public const float TitleSize = 17, TextSize = 13, SmallSize = 11;
    public const string MissingText = "không có số liệu";
    public const string NoSource = "(không rõ)";

    public static Plot New()
    {
        var plot = new Plot();
        plot.Font.Set(TextFit.Font);
        plot.FigureBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Palette.Hex(Palette.Grid);
        plot.Axes.Frame(false);
        plot.Axes.Right.MinimumSize = (float)Margin; // room for the last tick label and end labels inside the figure
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = SmallSize;
            axis.TickLabelStyle.ForeColor = Palette.Hex(Palette.Ink);
            axis.MajorTickStyle.Color = Palette.Hex(Palette.Muted);
            axis.MinorTickStyle.Length = 0;
        }
        return plot;
    }

    /// <summary>Adds the title block, legend and footnote; <paramref name="body"/> is the height the plot area and its
    /// axes need. Returns the drawn chart with the whole figure's height.</summary>
    public static DrawnChart Finish(Plot plot, ChartHeader header, IReadOnlyList<LegendItem> legend, double body, string description)
    {
        var top = new TextBlock(Edge.Top, Title(header));
        var foot = new TextBlock(Edge.Bottom, Footnote(header));
        plot.Axes.Title.IsVisible = false;
        plot.Axes.AddPanel(top);
        var legendHeight = 0.0;
        if (legend.Count > 0)
        {
            plot.Legend.ManualItems.AddRange(legend);
            var panel = plot.ShowLegend(Edge.Bottom);
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.OutlineColor = Colors.Transparent;
            plot.Legend.FontSize = SmallSize;
            plot.Legend.FontName = TextFit.Font;
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.Legend.TightHorizontalWrapping = true;
            legendHeight = LegendHeight(legend);
        }
        plot.Axes.AddPanel(foot);
        return new(plot, Math.Ceiling(top.Height + body + legendHeight + foot.Height + 8), description);
    }

    /// <summary>The legend's height when its entries wrap into rows across the figure.</summary>
    private static double LegendHeight(IReadOnlyList<LegendItem> legend)
    {
        var rows = 1;
        var x = 0.0;
        foreach (var item in legend)
        {
            var w = 40 + TextFit.Width(item.LabelText ?? "", SmallSize);
            if (x > 0 && x + w > Width - 2 * Margin - 20) { rows++; x = 0; }
            x += w;
        }
        return rows * (SmallSize + 10) + 16;
    }

    private static List<TextLine> Title(ChartHeader header)
    {
        var lines = header.Mark is { } mark ? Wrap(mark, TitleSize, true, Palette.Target) : [];
        lines.AddRange(Wrap(header.Title, TitleSize, true, Palette.Ink));
        if (header.Subtitle.Length > 0) lines.AddRange(Wrap(header.Subtitle, TextSize, false, Palette.Muted));
        return lines;
    }

    private static List<TextLine> Footnote(ChartHeader header)
    {
        var sources = header.Sources.Count == 0 ? NoSource : string.Join("; ", header.Sources.Select(DisplayText.Clean));
        return Wrap($"Nguồn: {sources}. Ngày lập: {VnFormat.Date(header.Date)}.", SmallSize, false, Palette.Muted);
    }

    /// <summary>Text wrapped to the figure width, never cut.</summary>
    public static List<TextLine> Wrap(string text, float size, bool bold, string colour) =>
        TextFit.Wrap(text, Width - 2 * Margin, size, int.MaxValue, bold).Select(l => new TextLine(l, size, bold, colour)).ToList();

    /// <summary>A label wrapped into lines of at most <paramref name="width"/> px, joined by newlines (never cut).</summary>
    public static string Label(string text, double width, float size = SmallSize) =>
        string.Join("\n", TextFit.Wrap(text, width, size, int.MaxValue));

    /// <summary>Manual ticks on an axis: a label per position.</summary>
    public static void Ticks(ScottPlot.IAxis axis, IEnumerable<(double Position, string Label)> ticks) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.Select(t => new Tick(t.Position, t.Label)).ToArray());

    /// <summary>A text at data coordinates.</summary>
    public static ScottPlot.Plottables.Text Text(Plot plot, string text, double x, double y, float size, Alignment align,
        string colour = Palette.Ink, bool bold = false, float dx = 0, float dy = 0)
    {
        var t = plot.Add.Text(text, x, y);
        t.LabelFontSize = size;
        t.LabelFontName = TextFit.Font;
        t.LabelFontColor = Palette.Hex(colour);
        t.LabelBold = bold;
        t.LabelAlignment = align;
        t.LabelOffsetX = dx;
        t.LabelOffsetY = dy;
        return t;
    }

    /// <summary>A hatched box marking a missing value, labelled "không có số liệu" when <paramref name="label"/>.</summary>
    public static void Missing(Plot plot, double x1, double x2, double y1, double y2, bool label = true, float size = SmallSize - 1)
    {
        plot.Add.Plottable(new HatchedBox(new CoordinateRect(x1, x2, y1, y2)));
        if (!label) return;
        var t = Text(plot, MissingText, (x1 + x2) / 2, (y1 + y2) / 2, size, Alignment.MiddleCenter, Palette.Ink);
        t.LabelBackgroundColor = Colors.White;
        t.LabelPadding = 2;
    }

    /// <summary>The legend entries every kind may add: missing values, derived figures, the 90% line, a target.</summary>
    public static LegendItem MissingEntry => new()
    {
        LabelText = MissingText, MarkerStyle = new MarkerStyle { CustomRenderer = new HatchMarker(), Size = 10, IsVisible = true },
    };

    public static LegendItem ThresholdEntry => new()
    {
        LabelText = "Ngưỡng 90%", LineColor = Palette.Hex(Palette.Ink), LineWidth = 2,
        LinePattern = Palette.Dash(Palette.ThresholdDash),
    };

    public static LegendItem DerivedEntry(string label = Derived.ValueNote) => new()
    {
        LabelText = label, MarkerShape = Palette.Marker(0, hollow: true), MarkerColor = Palette.Colour(0), MarkerSize = 9,
        MarkerLineWidth = 1.5f,
    };

    public static LegendItem SeriesEntry(string name, int i, bool line) => new()
    {
        LabelText = name, MarkerShape = Palette.Marker(i), MarkerColor = Palette.Colour(i), MarkerFillColor = Palette.Colour(i),
        MarkerSize = 8, LineColor = line ? Palette.Colour(i) : Colors.Transparent, LineWidth = line ? 2 : 0,
        LinePattern = Palette.Dash(i),
    };

    /// <summary>The 90% line of an index that has it (SIPAS); none for PAR INDEX.</summary>
    public static void ThresholdLine(Plot plot, decimal? threshold, bool vertical)
    {
        if (threshold is not { } t) return;
        ScottPlot.Plottables.AxisLine line = vertical ? plot.Add.VerticalLine((double)t) : plot.Add.HorizontalLine((double)t);
        line.LineWidth = 2;
        line.LineColor = Palette.Hex(Palette.Ink);
        line.LinePattern = Palette.Dash(Palette.ThresholdDash);
    }
}
