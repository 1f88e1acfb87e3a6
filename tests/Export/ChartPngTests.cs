using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;

namespace Analytics.Tests.Export;

public class ChartPngTests
{
    public static TheoryData<double, int> Widths => new() { { 16, 1890 }, { 8, 945 }, { 17.5, 2067 } };

    [Theory, MemberData(nameof(Widths))]
    public void PixelWidth_PrintWidth_At300Dpi(double cm, int pixels) => Assert.Equal(pixels, ChartPng.PixelWidth(cm));

    [Theory, MemberData(nameof(Widths))]
    public void Render_Bars_PrintSizeSvgAspectAnd300DpiStated(double cm, int pixels)
    {
        var (w, h) = SvgText.Size(SvgText.Parse(ChartSvg.Render(Samples.Bars)));
        var png = ChartPng.Render(Samples.Bars, cm);
        var (width, height) = ChartPng.Size(png);
        Assert.Equal(pixels, width);
        Assert.Equal(pixels * h / w, height, 2.0);
        Assert.Equal(300, ChartPng.StatedDpi(png)!.Value, 0.01); // Word then places it cm wide
    }

    [Fact]
    public void WithDpi_WritesOnePhysChunkAfterIhdrWithItsCrc()
    {
        var png = ChartPng.Render(Samples.Ranks);
        var again = ChartPng.WithDpi(png, 300);
        Assert.Equal(png, again); // replaced, not added twice
        Assert.Equal("pHYs"u8.ToArray(), png.AsSpan(8 + 25 + 4, 4).ToArray()); // right after the 25-byte IHDR chunk
        // pHYs of 11811 px/m (300 DPI), unit metre, CRC as the PNG specification computes it
        Assert.Equal(new byte[] { 0, 0, 0, 9, 0x70, 0x48, 0x59, 0x73, 0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1, 0x78, 0xA5, 0x3F, 0x76 },
            png.AsSpan(8 + 25, 21).ToArray());
        using var image = SkiaSharp.SKBitmap.Decode(png); // a decoder still reads it
        Assert.Equal(1890, image.Width);
    }

    [Fact]
    public void Font_DejaVuSansResolvedWithEveryVietnameseLetter()
    {
        using var face = SkiaSharp.SKTypeface.FromFamilyName(TextFit.Font);
        Assert.Equal("DejaVu Sans", face.FamilyName);
        const string letters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
        Assert.True(face.ContainsGlyphs(letters + letters.ToUpperInvariant() + "−–·"));
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
    public void Render_BadWidth_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartPng.Render(Samples.Bars, 0.5));

    [Fact]
    public void Render_Heatmap_DrawsTheBinColoursAndText()
    {
        using var image = SkiaSharp.SKBitmap.Decode(ChartPng.Render(Samples.Heatmap));
        var colours = new HashSet<uint>();
        for (var y = 0; y < image.Height; y += 3)
            for (var x = 0; x < image.Width; x += 3) colours.Add((uint)image.GetPixel(x, y));
        foreach (var bin in new[] { "#CDE5F5", "#FDE5C2", "#D9731F", "#8F3E05" }) // the four gap bins the sample fills
            Assert.Contains((uint)SkiaSharp.SKColor.Parse(bin), colours);
        Assert.True(colours.Count > 50, "text and hatch are antialiased, a blank chart would hold a handful of colours");
    }
}
