using System.Globalization;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Every error and note of the decoders (PDF, OCR, .doc, HTML), in one place. Each error names the file after a
/// constant start, by which the fuzzer's <c>RejectionKinds</c> tells its kind.
/// </summary>
public static class DecodeMessages
{
    public static string NotOfKind(string file, string ext) => ext switch
    {
        ".pdf" => $"not a PDF file: {file} does not start with \"%PDF-\"",
        ".doc" => $"not a Word 97–2003 .doc file: {file} does not start with the OLE signature D0 CF 11 E0",
        ".html" or ".htm" => $"not a web page: {file} has no HTML tag in its first 4 KB",
        _ => $"not a {Kind(ext)} picture: {file} does not start with the {Kind(ext)} signature",
    };

    public static string TooLarge(string file, long bytes, long max) => string.Create(CultureInfo.InvariantCulture,
        $"too large to read: {file} is {bytes / 1048576.0:0.0} MB, more than the {max / 1048576} MB allowed for its type");

    public static string PdfDamaged(string file, string why) => $"damaged PDF: {file} cannot be read ({why})";

    public static string PdfEncrypted(string file) =>
        $"password-protected PDF: {file} cannot be read; save a copy without a password and load that";

    public static string ToolMissing(string file, string tool, string package) =>
        $"missing program: {file} cannot be read because {tool} is not installed (Debian package {package}; scripts/setup-system.sh installs it)";

    public static string OcrFailed(string file, int page, string why) => $"OCR failed: page {page} of {file} could not be read ({why})";

    public static string PictureDamaged(string file, string why) => $"damaged picture: {file} cannot be read ({why})";

    public const string NamesFiles = "it holds the path of a file, which the OCR program would read instead";

    public static string RasterFailed(string file, int page, string why) =>
        $"page not rendered: page {page} of {file} could not be rendered for OCR ({why})";

    public static string TimedOut(string file, string tool, TimeSpan limit) => string.Create(CultureInfo.InvariantCulture,
        $"too slow to read: {tool} took longer than {limit.TotalSeconds:0} s on {file} and was stopped; nothing was loaded");

    public static string HtmlTooManyTags(string file, int max) =>
        $"too many tags to read: {file} holds more than {max} HTML tags (a saved page has a few thousand); nothing was loaded";

    public static string PdfStreamTooLarge(string file, long obj, int max) =>
        $"too much to read: object {obj} of {file} inflates to more than {max / 1048576} MB (a compression bomb?); nothing was loaded";

    public static string PdfTooMuchDecoded(string file, long max) =>
        $"too much to read: the streams of {file} inflate to more than {max / 1048576} MB in all (a compression bomb?); nothing was loaded";

    public static string PdfPageTooMuchContent(string file, int page, int max) =>
        $"page {page} of {file} left out: it draws from more than {max / 1048576} MB of content (a page of text has under 100 KB); the other pages were read";

    public static string PdfPageTooManyGlyphs(string file, int page, int max) => string.Create(CultureInfo.InvariantCulture,
        $"page {page} of {file} left out: it shows more than {max:N0} characters (a page of text has a few thousand); the other pages were read");

    public static string PdfTooMuchContent(string file, int page, long max) =>
        $"too much to read: the first {page} pages of {file} draw from more than {max / 1048576} MB of content; nothing was loaded";

    public static string PdfTooManyGlyphs(string file, int page, long max) => string.Create(CultureInfo.InvariantCulture,
        $"too much to read: the first {page} pages of {file} show more than {max:N0} characters; nothing was loaded");

    public static string DocTooLarge(string file, int max) => string.Create(CultureInfo.InvariantCulture,
        $"too much to read: the text of {file} passes {max:N0} characters (a 200-page plan has under a million); nothing was loaded");

    public static string DocUnreadable(string file, string why) => $"unreadable .doc: {file} cannot be read ({why})";

    public static string HtmlNotText(string file, string why) => $"unreadable web page: {file} is not readable text ({why})";

    public static string ReadByOcr(int pages, int ofPages, decimal meanConfidence) =>
        $"{pages} of {ofPages} page(s) were read by OCR (Tesseract, Vietnamese: no text layer); mean line confidence {Pct(meanConfidence)}";

    public static string PagesLeftOut(int read, int total, string why) =>
        $"only the first {read} of {total} pages were read ({why}); the rest is not loaded";

    public static string OcrPagesLeftOut(int read, int wanted, string why) =>
        $"only {read} of the {wanted} page(s) without a text layer were read by OCR ({why}); the rest is not loaded";

    public static string OcrTimeUsed(TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"the OCR time for one document ({limit.TotalMinutes:0} min) ran out");

    public static string OcrPageLimit(int max) => $"at most {max} pages are read by OCR";

    public static string PdfPageLimit(int max) => $"at most {max} pages are read";

    public const string DocFallback = "antiword could not read this .doc; it was read with catdoc instead (tables come as plain text)";

    public static string LowConfidence(string figure, decimal confidence, decimal threshold, int? page) =>
        $"{figure} was read by OCR with confidence {Pct(confidence)} (under {Pct(threshold)}): check it against "
        + (page is { } p ? $"page {p} of the original" : "the original");

    private static string Pct(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Kind(string ext) => Magic.Kinds.GetValueOrDefault(ext, ext);
}
