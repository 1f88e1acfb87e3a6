using System.Buffers.Binary;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Pipeline.Export.Files;

/// <summary>Print-quality PNG of a chart, drawn in-process by ScottPlot at 300 DPI for a print width in cm, with the
/// resolution written into the file (a pHYs chunk), so Word places a 1890-px image at 16 cm, not at 50 cm.</summary>
public static class ChartPng
{
    public const double DefaultWidthCm = 16;
    public const int Dpi = 300;

    /// <summary>Pixels across <paramref name="widthCm"/> at 300 DPI: 16 cm → 1890.</summary>
    public static int PixelWidth(double widthCm) => (int)Math.Round(widthCm / 2.54 * Dpi);

    /// <summary>The chart as a PNG <paramref name="widthCm"/> wide at 300 DPI.</summary>
    public static byte[] Render(ChartSpec chart, double widthCm = DefaultWidthCm)
    {
        if (widthCm is < 2 or > 100 || double.IsNaN(widthCm)) throw new ArgumentOutOfRangeException(nameof(widthCm), ExportErrors.BadWidth(widthCm));
        var drawn = ChartPlot.Draw(chart);
        var width = PixelWidth(widthCm);
        var scale = width / PlotFrame.Width;
        drawn.Plot.ScaleFactor = scale;
        var png = drawn.Plot.GetImageBytes(width, (int)Math.Round(drawn.Height * scale), ScottPlot.ImageFormat.Png);
        return WithDpi(png, Dpi);
    }

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG with a pHYs chunk (pixels per metre, unit metre) right after IHDR, replacing any it had.</summary>
    public static byte[] WithDpi(byte[] png, int dpi)
    {
        Size(png);
        var chunks = new List<byte[]>();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at, 4));
            var chunk = png.AsSpan(at, length + 12).ToArray();
            if (!chunk.AsSpan(4, 4).SequenceEqual("pHYs"u8)) chunks.Add(chunk);
            at += length + 12;
        }
        var ppm = (uint)Math.Round(dpi / 0.0254);
        var data = new byte[9];
        BinaryPrimitives.WriteUInt32BigEndian(data, ppm);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), ppm);
        data[8] = 1;
        chunks.Insert(1, Chunk("pHYs"u8, data));
        return [.. Signature, .. chunks.SelectMany(c => c)];
    }

    /// <summary>The resolution a PNG states in its pHYs chunk, in dots per inch; null when it states none.</summary>
    public static double? StatedDpi(ReadOnlySpan<byte> png)
    {
        Size(png);
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.Slice(at, 4));
            if (png.Slice(at + 4, 4).SequenceEqual("pHYs"u8) && length == 9 && png[at + 16] == 1)
                return BinaryPrimitives.ReadUInt32BigEndian(png.Slice(at + 8, 4)) * 0.0254;
            at += length + 12;
        }
        return null;
    }

    private static byte[] Chunk(ReadOnlySpan<byte> type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        type.CopyTo(chunk.AsSpan(4));
        data.CopyTo(chunk.AsSpan(8));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>Pixel width and height from the PNG's IHDR chunk.</summary>
    public static (int Width, int Height) Size(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
            throw new ExportException(ExportErrors.NotPng);
        return (BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4)));
    }
}
