using ScottPlot;
using SkiaSharp;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// The "\\" hatch of a missing value, drawn as lines (not as a shader fill: Skia's SVG canvas drops shaders, and a
/// hatch must survive into the SVG as much as into the PNG). One stroke style for the plot and the legend.
/// </summary>
internal static class Hatch
{
    public const float Spacing = 6, Width = 1.2f;

    /// <summary>White fill, "\\" lines every <see cref="Spacing"/> px, a thin outline, inside <paramref name="box"/>.</summary>
    public static void Draw(SKCanvas canvas, SKRect box)
    {
        using var fill = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var ink = new SKPaint { Color = SKColor.Parse(Palette.MissingInk), Style = SKPaintStyle.Stroke, StrokeWidth = Width, IsAntialias = true };
        using var outline = new SKPaint { Color = SKColor.Parse(Palette.MissingInk), Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawRect(box, fill);
        canvas.Save();
        canvas.ClipRect(box);
        using var path = new SKPath();
        for (var x = box.Left - box.Height; x < box.Right; x += Spacing)
        {
            path.MoveTo(x, box.Top);
            path.LineTo(x + box.Height, box.Bottom);
        }
        canvas.DrawPath(path, ink);
        canvas.Restore();
        canvas.DrawRect(box, outline);
    }
}

/// <summary>A hatched box over a data rectangle: a missing value, never drawn as zero.</summary>
internal sealed class HatchedBox(CoordinateRect rect) : IPlottable
{
    public bool IsVisible { get; set; } = true;
    public IAxes Axes { get; set; } = new ScottPlot.Axes();
    public IEnumerable<LegendItem> LegendItems => [];
    public AxisLimits GetAxisLimits() => new(rect);

    public void Render(RenderPack rp)
    {
        var box = Axes.GetPixelRect(rect);
        Hatch.Draw(rp.Canvas, new SKRect(box.Left, box.Top, box.Right, box.Bottom));
    }
}

/// <summary>The legend's swatch for missing values: the same hatch in a small box.</summary>
internal sealed class HatchMarker : IMarker
{
    public void Render(SKCanvas canvas, Paint paint, Pixel center, float size, MarkerStyle markerStyle)
    {
        var half = size / 2;
        Hatch.Draw(canvas, new SKRect(center.X - half * 1.6f, center.Y - half, center.X + half * 1.6f, center.Y + half));
    }
}
