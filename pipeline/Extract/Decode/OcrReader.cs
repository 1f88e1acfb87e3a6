using System.Diagnostics;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>What OCR read: its lines, how many of the pages wanted it read and why it stopped early, or its error.</summary>
internal sealed record OcrPages(IReadOnlyList<DecodedLine> Lines, int Read, int Wanted, string? StoppedBecause, string? Error)
{
    public static OcrPages Fail(string error) => new([], 0, 0, null, error);

    public decimal MeanConfidence =>
        Lines.Where(l => l.Confidence is not null).Select(l => l.Confidence!.Value).DefaultIfEmpty(0).Average();
}

/// <summary>
/// OCR of scanned pages and pictures, in a private temporary folder removed afterwards: PDF pages are rendered one at a
/// time (at their picture's resolution) and read by Tesseract, at most <see cref="DecodeLimits.MaxOcrPages"/> pages and
/// <see cref="DecodeLimits.DocumentOcrTime"/> per document (the rest is left with a note, never silently).
/// </summary>
internal static class OcrReader
{
    public static OcrPages Pdf(string file, byte[] bytes, IReadOnlyList<PdfPage> pages) => InTemp(bytes, ".pdf", (dir, pdf) =>
    {
        var lines = new List<DecodedLine>();
        var clock = Stopwatch.StartNew();
        var read = 0;
        foreach (var page in pages)
        {
            if (Stop(read, clock) is { } why) return new OcrPages(lines, read, pages.Count, why, null);
            var (stem, dpi) = (Path.Combine(dir, $"page{page.Number}"), page.ScanDpi ?? DecodeLimits.OcrDpi);
            if (Tesseract.Render(file, pdf, page.Number, dpi, stem) is { } error) return OcrPages.Fail(error);
            var (tsv, failed) = Tesseract.Read(file, stem + ".png", page.Number, dpi);
            File.Delete(stem + ".png");
            if (failed is not null) return OcrPages.Fail(failed);
            lines.AddRange(OcrTsv.Parse(tsv!, page.Number));
            read++;
        }
        return new OcrPages(lines, read, pages.Count, null, null);
    });

    /// <summary>A picture (PNG, JPEG, TIFF; a TIFF may hold several pages, of which the first pages are kept).</summary>
    public static OcrPages Picture(string file, byte[] bytes, string ext) => InTemp(bytes, ext, (dir, picture) =>
    {
        if (NamesAFile(bytes, dir)) return OcrPages.Fail(DecodeMessages.PictureDamaged(file, DecodeMessages.NamesFiles));
        var (tsv, error) = Tesseract.Read(file, picture, 1, null);
        if (error is not null) return OcrPages.Fail(error);
        var lines = OcrTsv.Parse(tsv!);
        var pages = lines.Select(l => l.Page ?? 1).DefaultIfEmpty(1).Max();
        if (pages <= DecodeLimits.MaxOcrPages) return new OcrPages(lines, pages, pages, null, null);
        return new OcrPages(lines.Where(l => l.Page <= DecodeLimits.MaxOcrPages).ToList(), DecodeLimits.MaxOcrPages, pages,
            DecodeMessages.OcrPageLimit(DecodeLimits.MaxOcrPages), null);
    });

    /// <summary>
    /// Whether a line of the picture's bytes is the path of an existing file. Tesseract reads a file it cannot decode as
    /// a list of pictures to read, one path a line: a damaged picture naming files would have those read instead.
    /// </summary>
    private static bool NamesAFile(byte[] bytes, string dir)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n') continue;
            if (i - start is > 0 and < 4096)
            {
                var line = System.Text.Encoding.UTF8.GetString(bytes, start, i - start).Trim();
                if (line.Length > 0 && !line.Any(char.IsControl) && File.Exists(Path.Combine(dir, line))) return true;
            }
            start = i + 1;
        }
        return false;
    }

    private static string? Stop(int read, Stopwatch clock) =>
        read >= DecodeLimits.MaxOcrPages ? DecodeMessages.OcrPageLimit(DecodeLimits.MaxOcrPages)
        : clock.Elapsed > DecodeLimits.DocumentOcrTime ? DecodeMessages.OcrTimeUsed(DecodeLimits.DocumentOcrTime)
        : null;

    private static OcrPages InTemp(byte[] bytes, string ext, Func<string, string, OcrPages> read)
    {
        var dir = Directory.CreateTempSubdirectory("analytics-ocr-");
        try
        {
            var input = Path.Combine(dir.FullName, "input" + ext);
            File.WriteAllBytes(input, bytes);
            return read(dir.FullName, input);
        }
        finally
        {
            try { dir.Delete(recursive: true); }
            catch (IOException) { } // a killed child may still hold a file for a moment; the system cleans /tmp
        }
    }
}
