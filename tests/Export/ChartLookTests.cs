using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Tests.Export;

public class ChartLookTests
{
    [Fact]
    public void Render_EverySample_WritesSvgAndPngToLook()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "charts-out");
        Directory.CreateDirectory(dir);
        foreach (var (name, chart) in Samples.All)
        {
            var svg = ChartSvg.Render(chart);
            File.WriteAllText(Path.Combine(dir, name + ".svg"), svg);
            File.WriteAllBytes(Path.Combine(dir, name + ".png"), ChartPng.Rasterize(svg, 16));
        }
    }
}
