using Analytics.Pipeline.Model;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>(4) Ranks over the years, rank 1 on top; each line labelled at both ends with its rank and name (wrapped,
/// never cut; pushed apart when ranks are close, with a leader back to the point). A focus unit is drawn strongest.</summary>
internal static class RankPlot
{
    private const double LabelWidth = 215, PlotWidth = 700, LabelWrap = 150;
    private const string Other = "#9A9A9A";

    public static DrawnChart Draw(RankChart chart)
    {
        var plot = PlotFrame.New();
        var maxRank = chart.Lines.SelectMany(l => l.Ranks).OfType<int>().DefaultIfEmpty(1).Max();
        var body = Math.Clamp(26.0 * Math.Max(1, maxRank - 1), 160, 340);
        var xs = chart.Years.Select(y => (double)y).ToList();
        var first = chart.Years.DefaultIfEmpty(0).Min();
        var span = Math.Max(1, chart.Years.DefaultIfEmpty(0).Max() - first);
        var room = span / (1 - 2 * LabelWidth / PlotWidth) * LabelWidth / PlotWidth; // label room in years, each side
        var order = Enumerable.Range(0, chart.Lines.Count).OrderBy(i => chart.Lines[i].Name == chart.Focus).ToList();
        foreach (var i in order)
        {
            var line = chart.Lines[i];
            var ys = chart.Years.Select((_, k) => k < line.Ranks.Count && line.Ranks[k] is { } r ? (double?)r : null).ToList();
            SeriesLine.Draw(plot, xs, ys, line.IsDerived, Look(chart, i), line.MarksAt);
        }
        var rankPerPx = Math.Max(1, maxRank - 1) / body;
        var (top1, bottom1) = EndLabels(plot, chart, first: true, first - 0.08, rankPerPx);
        var (top2, bottom2) = EndLabels(plot, chart, first: false, first + span + 0.08, rankPerPx);
        PlotFrame.Ticks(plot.Axes.Bottom, chart.Years.Select(y => ((double)y, y.ToString(VnFormat.Culture))));
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Bottom.Label.Text = "Thứ hạng (hạng 1 ở trên cùng)";
        plot.Axes.Bottom.Label.FontSize = PlotFrame.SmallSize;
        plot.Axes.Bottom.Label.Italic = true;
        plot.Grid.YAxisStyle.IsVisible = false;
        var pad = 16 * rankPerPx;
        // the labels pushed apart may reach past the first and last rank: the axis takes them in, so none is cut
        plot.Axes.SetLimits(first - room, first + span + room, Math.Max(maxRank + pad, Math.Max(bottom1, bottom2)),
            Math.Min(1 - pad, Math.Min(top1, top2)));
        return PlotFrame.Finish(plot, chart.Header, Legend(chart), body + 60, Describe(chart));
    }

    private static LineLook Look(RankChart chart, int i) =>
        chart.Focus is null ? new(Palette.Colour(i), 2.5f, i, i, 9)
        : chart.Lines[i].Name == chart.Focus ? new(Palette.Colour(0), 4, 0, 0, 11)
        : new(Palette.Hex(Other), 1.5f, 0, 0, 6);

    /// <summary>Draws one side's labels; the ranks their text reaches, top and bottom.</summary>
    private static (double Top, double Bottom) EndLabels(Plot plot, RankChart chart, bool first, double x, double rankPerPx)
    {
        var ends = new List<(int Line, int Rank, string Text, int Lines)>();
        for (var i = 0; i < chart.Lines.Count; i++)
        {
            var ranks = chart.Lines[i].Ranks.Take(chart.Years.Count).ToList();
            var k = first ? ranks.FindIndex(r => r is not null) : ranks.FindLastIndex(r => r is not null);
            if (k < 0 || ranks[k] is not { } rank) continue;
            if (first && k == ranks.FindLastIndex(r => r is not null)) continue; // one point: labelled at the end only
            var edge = first ? k == 0 : k == chart.Years.Count - 1;
            var name = chart.Lines[i].Name + (edge ? "" : $" ({chart.Years[k]})");
            var text = PlotFrame.Label(first ? $"{name} {rank}" : $"{rank} {name}", LabelWrap);
            ends.Add((i, rank, text, text.Count(c => c == '\n') + 1));
        }
        var lineGap = (PlotFrame.SmallSize + 5) * rankPerPx; // a wrapped label's line, as DejaVu Sans sets it
        var placed = Dodge.Spread(ends.Select(e => (double)e.Rank).ToList(), ends.Select(e => e.Lines).DefaultIfEmpty(1).Max() * lineGap);
        for (var k = 0; k < ends.Count; k++)
        {
            var (i, rank, text, _) = ends[k];
            var focus = chart.Lines[i].Name == chart.Focus;
            var t = PlotFrame.Text(plot, text, x, placed[k], PlotFrame.SmallSize, first ? Alignment.MiddleRight : Alignment.MiddleLeft,
                chart.Focus is null || focus ? Palette.Ink : Palette.Muted, bold: focus, dx: first ? -8 : 8);
            t.LabelAlignment = first ? Alignment.MiddleRight : Alignment.MiddleLeft;
            if (Math.Abs(placed[k] - rank) > 0.3 * lineGap) // pushed away by a neighbour: a leader back to its rank
            {
                var leader = plot.Add.Line(x, placed[k], x + (first ? 0.03 : -0.03), rank);
                leader.LineColor = Palette.Hex(Palette.Muted);
                leader.LineWidth = 0.8f;
            }
        }
        if (ends.Count == 0) return (1, 1);
        return (Enumerable.Range(0, ends.Count).Min(k => placed[k] - ends[k].Lines * lineGap / 2),
            Enumerable.Range(0, ends.Count).Max(k => placed[k] + ends[k].Lines * lineGap / 2));
    }

    private static List<LegendItem> Legend(RankChart chart)
    {
        var legend = chart.Focus is null
            ? chart.Lines.Select((l, i) => PlotFrame.SeriesEntry(l.Name, i, line: true)).ToList()
            : [PlotFrame.SeriesEntry(chart.Focus, 0, line: true),
               new LegendItem { LabelText = "Các đơn vị khác", LineColor = Palette.Hex(Other), LineWidth = 1.5f }];
        if (chart.Lines.Any(l => Enumerable.Range(0, Math.Min(l.Ranks.Count, chart.Years.Count)).Any(k => l.Ranks[k] is not null && l.IsDerived(k))))
            legend.Add(PlotFrame.DerivedEntry(Derived.RankNote));
        legend.AddRange(Doubtful.Entries(chart.Lines.SelectMany(l => Enumerable.Range(0, Math.Min(l.Ranks.Count, chart.Years.Count))
            .Select(k => l.Ranks[k] is null ? null : l.MarksAt(k)))));
        return legend;
    }

    private static string Describe(RankChart chart) =>
        "Biểu đồ thứ hạng qua các năm (hạng 1 ở trên cùng): " + string.Join("; ", chart.Lines.Select(l => l.Name + ": " +
            string.Join(", ", chart.Years.Select((yr, k) => $"{yr} " + (k < l.Ranks.Count && l.Ranks[k] is { } r
                ? $"hạng {r}" + (l.IsDerived(k) ? Derived.Describe : "") + Doubtful.Describe(l.MarksAt(k)) : PlotFrame.MissingText))))) + ".";
}
