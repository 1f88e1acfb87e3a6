using System.Globalization;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Tests.Export;

public class ChartPngTests
{
    public static TheoryData<double, int> Widths => new() { { 16, 1890 }, { 8, 945 }, { 17.5, 2067 } };

    [Theory, MemberData(nameof(Widths))]
    public void PixelWidth_PrintWidth_At300Dpi(double cm, int pixels) => Assert.Equal(pixels, ChartPng.PixelWidth(cm));

    [Theory, MemberData(nameof(Widths))]
    public void Render_Bars_PngHasThePrintSizeAndTheSvgsAspect(double cm, int pixels)
    {
        var svg = ChartSvg.Render(Samples.Bars);
        var (w, h) = SvgText.Size(SvgText.Parse(svg));
        var (width, height) = ChartPng.Size(ChartPng.Rasterize(svg, cm));
        Assert.Equal(pixels, width);
        Assert.Equal(pixels * h / w, height, 1.0);
    }

    [Fact]
    public void Size_ReadsIhdr()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0x07, 0x62, 0, 0, 0x04, 0xC7];
        Assert.Equal((1890, 1223), ChartPng.Size(png));
    }

    [Fact]
    public void Size_NotPng_ClearError() => Assert.Equal(ExportErrors.NotPng,
        Assert.Throws<ExportException>(() => ChartPng.Size("<svg/> not a png at all"u8)).Message);

    [Fact]
    public void Rasterize_ToolMissing_SaysWhatToInstall()
    {
        var e = Assert.Throws<ExportException>(() => ChartPng.Rasterize("<svg xmlns='http://www.w3.org/2000/svg'/>", 16, "/nonexistent/rsvg-convert"));
        Assert.Equal(ExportErrors.ToolMissing("/nonexistent/rsvg-convert"), e.Message);
        Assert.Contains("apt-get install librsvg2-bin", e.Message);
    }

    [Fact]
    public void Rasterize_BrokenSvg_ToolErrorReported()
    {
        var e = Assert.Throws<ExportException>(() => ChartPng.Rasterize("<svg", 16));
        Assert.StartsWith("'rsvg-convert' failed with exit code", e.Message);
    }

    [Fact]
    public void Rasterize_BadWidth_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartPng.Rasterize("<svg/>", 0.5));

    [Fact]
    public void Render_Heatmap_DrawsInk()
    {
        // A rendered chart is not blank: the PNG of a chart is far larger than the PNG of an empty canvas its size.
        var chart = ChartPng.Render(Samples.Heatmap);
        var blank = ChartPng.Rasterize(string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns='http://www.w3.org/2000/svg' width='720' height='385'><rect width='720' height='385' fill='#fff'/></svg>"));
        Assert.True(chart.Length > 20 * blank.Length, $"{chart.Length} vs {blank.Length}");
    }
}
