using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// One page of a PDF as read from its text layer: its lines, or null when it holds no text to speak of; then, when it
/// holds a picture (a scan), the resolution of its largest picture, at which OCR renders it (no resampling).
/// </summary>
internal sealed record PdfPage(int Number, IReadOnlyList<string>? Lines, int? ScanDpi = null);

/// <summary>The pages of a PDF's text layer read in-process with PdfPig, or why the PDF cannot be read; pages left out
/// (each past a page's budget) with the reason naming each.</summary>
internal sealed record PdfPages(IReadOnlyList<PdfPage> Pages, int TotalPages, string? Error, IReadOnlyList<string>? LeftOut = null);

/// <summary>
/// Reads a PDF's text layer with PdfPig (lenient parsing, missing fonts skipped), on a budget: its streams inflated and
/// each page measured before PdfPig decodes or lays out anything (<see cref="PdfStreams"/>, <see cref="PdfBudget"/>), a
/// document past a budget refused with the page where it passed. Per page the words laid out as lines
/// (<see cref="PdfLines"/>). A page past a page's budget is left out, the others read. A page is marked for OCR when it
/// has (almost) no text, or when a picture covers most of it and its text is no more than a signature box or a stamp laid
/// over the scan (a page of text has thousands of letters).
/// </summary>
internal static class PdfText
{
    public static PdfPages Read(string file, byte[] bytes)
    {
        if (PdfStreams.Check(file, bytes) is { } bomb) return new PdfPages([], 0, bomb);
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var total = pdf.NumberOfPages;
            var budget = new PdfBudget(file, pdf);
            var (pages, leftOut) = (new List<PdfPage>(), new List<string>());
            for (var n = 1; n <= Math.Min(total, DecodeLimits.MaxPdfPages); n++)
            {
                var verdict = budget.Check(n);
                if (verdict is { Refused: true }) return new PdfPages([], total, verdict.Reason);
                if (verdict is not null) leftOut.Add(verdict.Reason);
                else pages.Add(ReadPage(pdf.GetPage(n)));
            }
            return new PdfPages(pages, total, null, leftOut);
        }
        catch (PdfDocumentEncryptedException)
        {
            return new PdfPages([], 0, DecodeMessages.PdfEncrypted(file));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PdfPages([], 0, DecodeMessages.PdfDamaged(file, e.Message.Split('\n')[0].Trim()));
        }
    }

    private static PdfPage ReadPage(Page page)
    {
        var letters = page.Letters.Count(l => l.Value.Any(char.IsLetter));
        if (letters < DecodeLimits.MinTextLetters) return new PdfPage(page.Number, null, page.NumberOfImages > 0 ? ScanDpi(page) : null);
        if (letters < DecodeLimits.MaxOverlayLetters && page.NumberOfImages > 0 && IsScan(page)) return new PdfPage(page.Number, null, ScanDpi(page));
        var words = page.GetWords().Select(w => new PdfWord(
            w.Text, w.BoundingBox.Left, w.BoundingBox.Right,
            w.Letters.Count > 0 ? w.Letters[0].StartBaseLine.Y : w.BoundingBox.Bottom,
            w.Letters.Count > 0 ? Math.Max(w.Letters.Max(l => l.PointSize), 1) : Math.Max(w.BoundingBox.Height, 1)));
        return new PdfPage(page.Number, PdfLines.Build(words));
    }

    /// <summary>Whether a picture covers most of the page: a scanned page, whatever little text is laid over it.</summary>
    private static bool IsScan(Page page)
    {
        var area = page.Width * page.Height;
        return area > 0 && page.GetImages().Any(i => i.BoundingBox.Width * i.BoundingBox.Height >= DecodeLimits.ScanCoverage * area);
    }

    /// <summary>The resolution of the page's largest picture, kept within what Tesseract reads well (150–400 DPI).</summary>
    private static int ScanDpi(Page page)
    {
        var image = page.GetImages().MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
        if (image is null || image.BoundingBox.Width < 1) return DecodeLimits.OcrDpi;
        var dpi = (int)Math.Round(image.WidthInSamples * 72 / image.BoundingBox.Width);
        return Math.Clamp(dpi, DecodeLimits.MinOcrDpi, DecodeLimits.MaxOcrDpi);
    }
}
