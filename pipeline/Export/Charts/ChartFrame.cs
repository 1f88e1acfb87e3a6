using Analytics.Pipeline.Model;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// The frame every chart shares: accessible root (role="img", title, desc), title and subtitle on top, the plot,
/// the legend, then the source line and date. Sizes are in px of a 720-wide viewBox (16 cm print: 13 px ≈ 8 pt).
/// </summary>
internal static class ChartFrame
{
    public const double Width = 720, Margin = 24, TitleSize = 18, TextSize = 13, SmallSize = 11;
    public const string MissingText = "không có số liệu";

    /// <summary>Renders a chart: <paramref name="plot"/> draws the body from y = top and returns the height it used.</summary>
    public static string Render(ChartHeader header, string description, int seriesCount, IReadOnlyList<LegendItem> legend,
        Func<SvgWriter, double, double> plot)
    {
        var body = new SvgWriter();
        var titleLines = TextFit.Wrap(header.Title, Width - 2 * Margin, TitleSize, 2, bold: true);
        var y = Margin + TitleSize;
        foreach (var line in titleLines)
        {
            body.Content("text", line, ("x", Margin), ("y", y), ("font-size", TitleSize), ("font-weight", "bold"), ("fill", Palette.Ink));
            y += TitleSize * 1.3;
        }
        var subtitle = TextFit.Ellipsize(header.Subtitle, Width - 2 * Margin, TextSize);
        body.Content("text", subtitle, ("x", Margin), ("y", y), ("font-size", TextSize), ("fill", Palette.Muted));
        y += 18;
        y += plot(body, y);
        y += Legend.Draw(body, legend, Margin, y + 8, Width - 2 * Margin) + 8;
        y = Footer(body, header, y + 10);
        return Root(header, description, seriesCount, body, y + Margin * 0.6);
    }

    private static double Footer(SvgWriter svg, ChartHeader header, double y)
    {
        var sources = header.Sources.Count == 0 ? "(không rõ)" : string.Join("; ", header.Sources.Select(DisplayText.Clean));
        var text = $"Nguồn: {sources}. Ngày lập: {VnFormat.Date(header.Date)}.";
        var lines = TextFit.Wrap(text, Width - 2 * Margin, SmallSize, 3);
        svg.Open("g", ("class", "source"), ("font-size", SmallSize), ("fill", Palette.Muted));
        if (TextFit.Cut(lines)) svg.Title(text);
        foreach (var line in lines)
        {
            y += SmallSize * 1.35;
            svg.Content("text", line, ("x", Margin), ("y", y));
        }
        svg.Close("g");
        return y;
    }

    private static string Root(ChartHeader header, string description, int seriesCount, SvgWriter body, double height)
    {
        var svg = new SvgWriter();
        svg.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {SvgWriter.Num(Width)} {SvgWriter.Num(height)}"),
            ("width", Width), ("height", height), ("role", "img"), ("font-family", TextFit.Font), ("lang", "vi"));
        svg.Title(header.Title + " — " + header.Subtitle);
        svg.Content("desc", description);
        Palette.Defs(svg, seriesCount);
        svg.Empty("rect", ("width", Width), ("height", height), ("fill", "#FFFFFF"));
        return svg + body.ToString() + "</svg>\n";
    }
}
