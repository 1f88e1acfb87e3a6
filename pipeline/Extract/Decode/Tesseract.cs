using System.Globalization;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The two OCR tools as child processes: pdftoppm (poppler-utils) renders one PDF page to a greyscale PNG, Tesseract
/// reads a picture with its Vietnamese model and writes TSV. Each returns its output or the error that names the file.
/// At most one tool per processor runs at a time, whatever the number of documents read in parallel.
/// </summary>
internal static class Tesseract
{
    public const string Tool = "tesseract", Package = "tesseract-ocr", ModelPackage = "tesseract-ocr-vie";
    public const string Raster = "pdftoppm", RasterPackage = "poppler-utils";

    private static readonly SemaphoreSlim Gate = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>Tesseract's TSV of a picture; <paramref name="dpi"/> when known (a rendered page).</summary>
    public static (string? Tsv, string? Error) Read(string file, string picture, int page, int? dpi)
    {
        List<string> args = [picture, "stdout", "-l", "vie"];
        if (dpi is { } d) args.AddRange(["--dpi", d.ToString(CultureInfo.InvariantCulture)]);
        args.Add("tsv");
        var r = Gated(Tool, args, Path.GetDirectoryName(picture));
        if (r.Missing) return (null, DecodeMessages.ToolMissing(file, Tool, Package));
        if (r.TimedOut) return (null, DecodeMessages.TimedOut(file, Tool, DecodeLimits.PageTime));
        if (r.Stderr.Contains("Failed loading language", StringComparison.Ordinal))
            return (null, DecodeMessages.ToolMissing(file, "Tesseract's Vietnamese model", ModelPackage));
        if (r.Ok) return (r.Stdout, null);
        return (null, dpi is null ? DecodeMessages.PictureDamaged(file, r.Why) : DecodeMessages.OcrFailed(file, page, r.Why));
    }

    /// <summary>Renders page <paramref name="page"/> of <paramref name="pdf"/> to <paramref name="stem"/>.png.</summary>
    public static string? Render(string file, string pdf, int page, int dpi, string stem)
    {
        var n = page.ToString(CultureInfo.InvariantCulture);
        var r = Gated(Raster, ["-f", n, "-l", n, "-r", dpi.ToString(CultureInfo.InvariantCulture),
            "-gray", "-png", "-singlefile", pdf, stem]);
        if (r.Missing) return DecodeMessages.ToolMissing(file, Raster, RasterPackage);
        if (r.TimedOut) return DecodeMessages.TimedOut(file, Raster, DecodeLimits.PageTime);
        return r.Ok && File.Exists(stem + ".png") ? null : DecodeMessages.RasterFailed(file, page, r.Why);
    }

    private static ChildResult Gated(string tool, IReadOnlyList<string> args, string? workDir = null)
    {
        Gate.Wait();
        try { return ChildProcess.Run(tool, args, DecodeLimits.PageTime, workDir); }
        finally { Gate.Release(); }
    }
}
