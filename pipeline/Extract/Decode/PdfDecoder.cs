namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// A PDF as lines with their pages: each page from its text layer (PdfPig, in-process), or, when it has none to speak
/// of but holds a picture (a scan), by OCR with its lines' confidence. Words split by hyphenation are repaired.
/// </summary>
internal static class PdfDecoder
{
    public static Decoded Read(string file, byte[] bytes)
    {
        var pdf = PdfText.Read(file, bytes);
        if (pdf.Error is { } error) return Decoded.Fail(error);
        var scans = pdf.Pages.Where(p => p.ScanDpi is not null).ToList();
        var ocr = scans.Count > 0 ? OcrReader.Pdf(file, bytes, scans) : null;
        if (ocr?.Error is { } failed) return Decoded.Fail(failed);
        var lines = new List<DecodedLine>();
        foreach (var page in pdf.Pages)
        {
            if (page.Lines is { } text) lines.AddRange(text.Select(t => new DecodedLine(t, page.Number)));
            else if (ocr is not null) lines.AddRange(ocr.Lines.Where(l => l.Page == page.Number));
        }
        return new Decoded(Hyphenation.Repair(lines), Notes(pdf, ocr), null);
    }

    private static List<string> Notes(PdfPages pdf, OcrPages? ocr)
    {
        var notes = new List<string>(pdf.LeftOut ?? []);
        if (pdf.TotalPages > DecodeLimits.MaxPdfPages)
            notes.Add(DecodeMessages.PagesLeftOut(DecodeLimits.MaxPdfPages, pdf.TotalPages, DecodeMessages.PdfPageLimit(DecodeLimits.MaxPdfPages)));
        if (ocr is null) return notes;
        notes.Add(DecodeMessages.ReadByOcr(ocr.Read, pdf.TotalPages, ocr.MeanConfidence));
        if (ocr.StoppedBecause is { } why) notes.Add(DecodeMessages.OcrPagesLeftOut(ocr.Read, ocr.Wanted, why));
        return notes;
    }
}
