using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>How a line of figures is drawn: its colour, width, dash pattern and marker (hollow where a figure is derived).</summary>
internal sealed record LineLook(Color Colour, float Width, int Dash, int MarkerIndex, float MarkerSize);

/// <summary>A series over x positions: the line broken where a figure is missing (never drawn as zero), a marker per figure,
/// and beside it the figure's doubt marks (<see cref="Doubtful"/>).</summary>
internal static class SeriesLine
{
    public static void Draw(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double?> ys, Func<int, bool> derived, LineLook look,
        Func<int, string?>? marks = null)
    {
        foreach (var run in Runs(ys).Where(r => r.Count > 1))
        {
            var line = plot.Add.ScatterLine(run.Select(k => xs[k]).ToArray(), run.Select(k => ys[k]!.Value).ToArray(),
                look.Colour);
            line.LineWidth = look.Width;
            line.LinePattern = Palette.Dash(look.Dash);
        }
        for (var k = 0; k < ys.Count; k++)
        {
            if (ys[k] is not { } y) continue;
            var hollow = derived(k);
            var marker = plot.Add.Marker(xs[k], y, Palette.Marker(look.MarkerIndex, hollow), look.MarkerSize, look.Colour);
            marker.MarkerLineWidth = 1.8f;
            if (hollow) marker.MarkerFillColor = Colors.White;
            Doubtful.Beside(plot, marks?.Invoke(k), xs[k], y);
        }
    }

    /// <summary>Indices of consecutive present figures; a missing one splits the line.</summary>
    public static IEnumerable<List<int>> Runs(IReadOnlyList<double?> ys)
    {
        var run = new List<int>();
        for (var k = 0; k < ys.Count; k++)
        {
            if (ys[k] is not null) { run.Add(k); continue; }
            if (run.Count > 0) yield return run;
            run = [];
        }
        if (run.Count > 0) yield return run;
    }
}
