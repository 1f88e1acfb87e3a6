using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Pipeline.Export.Files;

/// <summary>Print-quality PNG of a chart: the SVG rasterised by rsvg-convert at 300 DPI for a print width in cm.</summary>
public static class ChartPng
{
    public const double DefaultWidthCm = 16;
    public const int Dpi = 300;
    public const string Tool = "rsvg-convert";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Pixels across <paramref name="widthCm"/> at 300 DPI: 16 cm → 1890.</summary>
    public static int PixelWidth(double widthCm) => (int)Math.Round(widthCm / 2.54 * Dpi);

    /// <summary>The chart as a PNG <paramref name="widthCm"/> wide at 300 DPI.</summary>
    public static byte[] Render(ChartSpec chart, double widthCm = DefaultWidthCm) => Rasterize(ChartSvg.Render(chart), widthCm);

    /// <summary>Rasterises SVG text; <paramref name="tool"/> is the rsvg-convert executable (name on PATH or path).</summary>
    public static byte[] Rasterize(string svg, double widthCm = DefaultWidthCm, string tool = Tool)
    {
        if (widthCm is < 2 or > 100 || double.IsNaN(widthCm)) throw new ArgumentOutOfRangeException(nameof(widthCm), ExportErrors.BadWidth(widthCm));
        var dpi = Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { "--format", "png", "--width", PixelWidth(widthCm).ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--keep-aspect-ratio", "--dpi-x", dpi, "--dpi-y", dpi, "--background-color", "white" })
            start.ArgumentList.Add(arg);
        var png = Run(start, svg, tool);
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature)) throw new ExportException(ExportErrors.NotPng);
        return png;
    }

    private static byte[] Run(ProcessStartInfo start, string svg, string tool)
    {
        Process process;
        try { process = Process.Start(start) ?? throw new ExportException(ExportErrors.ToolMissing(tool)); }
        catch (Win32Exception e) { throw new ExportException(ExportErrors.ToolMissing(tool), e); }
        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            try
            {
                using var stdin = process.StandardInput.BaseStream;
                stdin.Write(new System.Text.UTF8Encoding(false).GetBytes(svg));
            }
            catch (IOException) { } // the tool quit early; its exit code and message follow
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ExportException(ExportErrors.ToolTimedOut(tool, Timeout));
            }
            copy.Wait();
            if (process.ExitCode != 0) throw new ExportException(ExportErrors.ToolFailed(tool, process.ExitCode, errors.Result));
            return output.ToArray();
        }
    }

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Pixel width and height from the PNG's IHDR chunk.</summary>
    public static (int Width, int Height) Size(ReadOnlySpan<byte> png)
    {
        if (png.Length < 24 || !png[..8].SequenceEqual(Signature) || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
            throw new ExportException(ExportErrors.NotPng);
        return (BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4)));
    }
}
