using Analytics.Pipeline.Model;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(4) Ranks over the years, rank 1 on top; each line labelled at both ends with its rank and (short) name.</summary>
internal static class RankSvg
{
    private const double LabelWidth = 190, Top = 30, Size = ChartFrame.SmallSize;
    private const double X0 = ChartFrame.Margin + LabelWidth + 8, X1 = ChartFrame.Width - ChartFrame.Margin - LabelWidth - 8;
    private const string Other = "#9A9A9A";

    public static string Render(RankChart chart)
    {
        var legend = chart.Focus is null
            ? chart.Lines.Select((l, i) => new LegendItem(LegendKind.Line, l.Name, i)).ToList()
            : [new LegendItem(LegendKind.Line, chart.Focus, 0), new LegendItem(LegendKind.Line, "Các đơn vị khác", 0, Other)];
        if (chart.Lines.Any(l => Enumerable.Range(0, Math.Min(l.Ranks.Count, chart.Years.Count)).Any(k => l.Ranks[k] is not null && l.IsDerived(k))))
            legend.Add(LegendItem.DerivedPoint(Derived.RankNote));
        return ChartFrame.Render(chart.Header, Describe(chart), chart.Lines.Count, legend, (svg, top) => Plot(svg, chart, top));
    }

    private static double Plot(SvgWriter svg, RankChart chart, double top)
    {
        var maxRank = chart.Lines.SelectMany(l => l.Ranks).OfType<int>().DefaultIfEmpty(1).Max();
        var row = Math.Clamp(300.0 / Math.Max(1, maxRank - 1), 1, 26);
        var y = new Scale(1, Math.Max(2, maxRank), top + Top, top + Top + row * Math.Max(1, maxRank - 1));
        svg.Open("g", ("class", "years"), ("font-size", Size), ("fill", Palette.Muted), ("text-anchor", "middle"));
        for (var i = 0; i < chart.Years.Count; i++)
        {
            var x = TrendSvg.YearX(i, chart.Years.Count, X0, X1);
            svg.Empty("line", ("x1", x), ("y1", top + Top - 10), ("x2", x), ("y2", y.Map(maxRank) + 8), ("stroke", Palette.Grid));
            svg.Content("text", chart.Years[i].ToString(VnFormat.Culture), ("x", x), ("y", top + Top - 16));
        }
        svg.Content("text", "hạng 1 ở trên cùng", ("x", ChartFrame.Margin), ("y", top + Top - 16), ("font-style", "italic"), ("text-anchor", "start"));
        svg.Close("g");
        var order = Enumerable.Range(0, chart.Lines.Count).OrderBy(i => chart.Lines[i].Name == chart.Focus).ToList();
        foreach (var i in order) Line(svg, chart, i, y);
        var lowest = Math.Max(EndLabels(svg, chart, y, first: true), EndLabels(svg, chart, y, first: false));
        return Math.Max(Top + row * Math.Max(1, maxRank - 1), lowest - top) + 14;
    }

    private static (string Colour, double Width, bool Focus) Style(RankChart chart, int i) =>
        chart.Focus is null ? (Palette.Colour(i), 2.5, false)
        : chart.Lines[i].Name == chart.Focus ? (Palette.Colour(0), 4, true) : (Other, 1.5, false);

    private static void Line(SvgWriter svg, RankChart chart, int i, Scale y)
    {
        var line = chart.Lines[i];
        var (colour, width, focus) = Style(chart, i);
        var points = chart.Years.Select((_, k) => k < line.Ranks.Count && line.Ranks[k] is { } r
            ? ((double X, double Y, decimal Value)?)(TrendSvg.YearX(k, chart.Years.Count, X0, X1), y.Map(r), r) : null).ToList();
        svg.Open("g", ("class", focus ? "rank-line focus" : "rank-line"), ("data-name", line.Name));
        svg.Title(line.Name + ": " + string.Join(", ", chart.Years.Select((yr, k) =>
            $"{yr} " + (k < line.Ranks.Count && line.Ranks[k] is { } r ? $"hạng {r}" + (line.IsDerived(k) ? Derived.Tooltip : "") : ChartFrame.MissingText))));
        foreach (var run in TrendSvg.Runs(points).Where(r => r.Count > 1))
            svg.Empty("polyline", ("points", string.Join(" ", run.Select(p => SvgWriter.Num(p.X) + "," + SvgWriter.Num(p.Y)))),
                ("fill", "none"), ("stroke", colour), ("stroke-width", width), ("stroke-dasharray", chart.Focus is null ? Palette.Dash(i) : null));
        for (var k = 0; k < points.Count; k++)
        {
            if (points[k] is not { } p) continue;
            var hollow = line.IsDerived(k);
            if (hollow) svg.Open("g", ("class", "point derived"));
            if (chart.Focus is null || focus) Palette.Marker(svg, chart.Focus is null ? i : 0, p.X, p.Y, focus ? 4.5 : 3.5, hollow ? "#FFFFFF" : null);
            else svg.Empty("circle", ("cx", p.X), ("cy", p.Y), ("r", 2.5), ("fill", hollow ? "#FFFFFF" : Other), ("stroke", hollow ? Other : null));
            if (hollow) svg.Close("g");
        }
        svg.Close("g");
    }

    private static double EndLabels(SvgWriter svg, RankChart chart, Scale y, bool first)
    {
        var ends = new List<(int Line, int Rank, string Year)>();
        for (var i = 0; i < chart.Lines.Count; i++)
        {
            var ranks = chart.Lines[i].Ranks;
            var k = first ? ranks.ToList().FindIndex(r => r is not null) : ranks.ToList().FindLastIndex(r => r is not null);
            if (k < 0 || ranks[k] is not { } rank) continue;
            if (first && k == ranks.ToList().FindLastIndex(r => r is not null)) continue; // one point: labelled at the end only
            var edge = first ? k == 0 : k == chart.Years.Count - 1;
            ends.Add((i, rank, edge || k >= chart.Years.Count ? "" : $" ({chart.Years[k]})"));
        }
        var placed = Dodge.Spread(ends.Select(e => y.Map(e.Rank) + 4).ToList(), Size + 2);
        svg.Open("g", ("class", first ? "labels-start" : "labels-end"), ("font-size", Size), ("text-anchor", first ? "end" : "start"));
        for (var k = 0; k < ends.Count; k++)
        {
            var (i, rank, year) = ends[k];
            var (_, _, focus) = Style(chart, i);
            var name = TextFit.Ellipsize(chart.Lines[i].Name, LabelWidth - 30 - TextFit.Width(year, Size, focus), Size, focus);
            var text = first ? $"{name}{year} {rank}" : $"{rank} {name}{year}";
            svg.Open("g", ("class", "end-label"));
            var at = y.Map(rank);
            if (Math.Abs(placed[k] - 4 - at) > 2) // pushed away by a neighbour: a leader back to its rank
                svg.Empty("line", ("x1", first ? X0 - 4 : X1 + 4), ("y1", at), ("x2", first ? X0 - 8 : X1 + 8), ("y2", placed[k] - 4),
                    ("stroke", Palette.Muted), ("stroke-width", 0.8));
            if (name != DisplayText.Clean(chart.Lines[i].Name)) svg.Title(chart.Lines[i].Name);
            svg.Content("text", text, ("x", first ? X0 - 10 : X1 + 10), ("y", placed[k]), ("font-weight", focus ? "bold" : null),
                ("fill", chart.Focus is null || focus ? Palette.Ink : Palette.Muted));
            svg.Close("g");
        }
        svg.Close("g");
        return placed.DefaultIfEmpty(0).Max();
    }

    private static string Describe(RankChart chart) =>
        "Biểu đồ thứ hạng qua các năm (hạng 1 ở trên cùng): " + string.Join("; ", chart.Lines.Select(l => l.Name + ": " +
            string.Join(", ", chart.Years.Select((yr, k) => $"{yr} " + (k < l.Ranks.Count && l.Ranks[k] is { } r ? $"hạng {r}" : ChartFrame.MissingText))))) + ".";
}
