using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Tests.Export;

/// <summary>Writes every sample chart as SVG and PNG into bin/…/charts-out, to look at after a change.</summary>
public class ChartLookTests
{
    [Fact]
    public void Render_EverySample_WritesSvgAndPngToLookAt()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "charts-out");
        Directory.CreateDirectory(dir);
        foreach (var (name, chart) in Samples.All)
        {
            File.WriteAllText(Path.Combine(dir, name + ".svg"), ChartSvg.Render(chart));
            var png = ChartPng.Render(chart, 16);
            Assert.Equal((1890, 300.0), (ChartPng.Size(png).Width, Math.Round(ChartPng.StatedDpi(png)!.Value, 2)));
            File.WriteAllBytes(Path.Combine(dir, name + ".png"), png);
        }
    }
}
