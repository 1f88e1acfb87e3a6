using System.Globalization;
using System.Security;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// A chart as SVG, drawn by ScottPlot with its text kept as text, made accessible: role="img", lang="vi", a viewBox so
/// it scales, and the chart's title and data description as the first children (what screen readers announce).
/// </summary>
public static partial class ChartSvg
{
    public static string Render(ChartSpec chart)
    {
        var drawn = ChartPlot.Draw(chart);
        var height = (int)drawn.Height;
        var svg = StableIds(drawn.Plot.GetSvgXml((int)PlotFrame.Width, height));
        var mark = chart.Header.Mark is { } m ? m + ": " : "";
        return Accessible(svg, mark + chart.Header.Title + " — " + chart.Header.Subtitle, drawn.Description, height);
    }

    /// <summary>Clip ids numbered from 1 in each document (Skia counts them, in hex, per process), so one spec gives one SVG.</summary>
    private static string StableIds(string svg)
    {
        var ids = new Dictionary<string, int>();
        return ClipId().Replace(svg, m => "cl_" + (ids.TryGetValue(m.Value, out var n) ? n : ids[m.Value] = ids.Count + 1));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    private static string Accessible(string svg, string title, string description, int height)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = svg.IndexOf('>', start);
        var size = string.Create(CultureInfo.InvariantCulture, $"0 0 {PlotFrame.Width} {height}");
        var open = svg[start..end].TrimEnd('/') + $" viewBox=\"{size}\" role=\"img\" lang=\"vi\" font-family=\"{TextFit.Font}\">";
        return open + "\n<title>" + Escape(title) + "</title>\n<desc>" + Escape(description) + "</desc>" + svg[(end + 1)..];
    }

    private static string Escape(string text) => SecurityElement.Escape(DisplayText.Clean(text));
}
