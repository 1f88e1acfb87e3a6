namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The formats read by decoding them to lines first: PDF (text layer, or OCR for scanned pages), pictures (OCR),
/// legacy Word .doc and saved web pages. Checks size and content (the first bytes) before any decoding; never throws.
/// </summary>
public static class Formats
{
    public static bool Handles(string ext) => Magic.IsDecoded(ext);

    public static Decoded Read(string file, string ext, byte[] bytes)
    {
        if (bytes.Length > DecodeLimits.MaxBytes) return Decoded.Fail(DecodeMessages.TooLarge(file, bytes.Length, DecodeLimits.MaxBytes));
        if (!Magic.Matches(ext, bytes.AsSpan(0, Math.Min(bytes.Length, Magic.HeadBytes)))) return Decoded.Fail(DecodeMessages.NotOfKind(file, ext));
        return ext switch
        {
            ".pdf" => PdfDecoder.Read(file, bytes),
            ".doc" => DocText.Read(file, bytes),
            ".html" or ".htm" => HtmlPage.Read(file, bytes),
            _ => Picture(file, ext, bytes),
        };
    }

    private static Decoded Picture(string file, string ext, byte[] bytes)
    {
        var ocr = OcrReader.Picture(file, bytes, ext);
        if (ocr.Error is { } error) return Decoded.Fail(error);
        var notes = new List<string> { DecodeMessages.ReadByOcr(ocr.Read, ocr.Wanted, ocr.MeanConfidence) };
        if (ocr.StoppedBecause is { } why) notes.Add(DecodeMessages.OcrPagesLeftOut(ocr.Read, ocr.Wanted, why));
        return new Decoded(Hyphenation.Repair(ocr.Lines), notes, null);
    }
}
