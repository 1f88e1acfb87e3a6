using System.Globalization;
using System.Security;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// A chart as SVG, drawn by ScottPlot with its text kept as text, made accessible: role="img", lang="vi", a viewBox so
/// it scales, and the chart's title and data description as the first children (what screen readers announce).
/// </summary>
public static class ChartSvg
{
    public static string Render(ChartSpec chart)
    {
        var drawn = ChartPlot.Draw(chart);
        var height = (int)drawn.Height;
        var svg = drawn.Plot.GetSvgXml((int)PlotFrame.Width, height);
        return Accessible(svg, chart.Header.Title + " — " + chart.Header.Subtitle, drawn.Description, height);
    }

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
