namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The bounds of decoding, in one place: pages read, time and memory given to each child process (Tesseract,
/// pdftoppm, antiword), the output taken from it, and when OCR text is trusted.
/// </summary>
public static class DecodeLimits
{
    /// <summary>Pages read from a PDF's text layer; a plan has a few dozen, a results report a few hundred.</summary>
    public const int MaxPdfPages = 1000;

    /// <summary>
    /// A stream of a PDF decoded (a font, an object stream, a page's content): inflating past this is refused before
    /// PdfPig decodes it (and keeps what it decodes while the document is open). An embedded font is a few hundred KB
    /// (a whole Times New Roman about 1 MB), a page of text under 100 KB of content.
    /// </summary>
    public const int MaxPdfStreamBytes = 16 * 1024 * 1024;

    /// <summary>All the streams of a PDF but its pictures, decoded: a 200-page plan has 10–20 MB.</summary>
    public const long MaxPdfDecodedBytes = 128L * 1024 * 1024;

    /// <summary>
    /// Content PdfPig parses for one page (its streams, each form as often as it is drawn): a page of text has 5–60 KB,
    /// a page of tables or charts a few hundred KB. A page of 2 MB of lines costs PdfPig about 120 MB (measured).
    /// </summary>
    public const int MaxPdfPageContentBytes = 2 * 1024 * 1024;

    /// <summary>
    /// Glyphs one page may show (bytes of its strings, one or two a glyph): a dense page shows 5,000. A page of 50,000
    /// costs PdfPig and the layout about 80 MB (measured).
    /// </summary>
    public const int MaxPdfPageGlyphs = 50_000;

    /// <summary>Content PdfPig parses for the whole document (1,000 pages of 64 KB): about 8 s of processor time.</summary>
    public const long MaxPdfContentBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Glyphs the whole document may show: a 200-page plan shows under a million (two bytes each at most); 4 million
    /// take PdfPig and the layout about 6 s of processor time.
    /// </summary>
    public const long MaxPdfGlyphs = 4_000_000;

    /// <summary>Forms drawn within forms: PdfPig follows them recursively; real documents nest two or three.</summary>
    public const int MaxPdfFormDepth = 16;

    /// <summary>Pages read by OCR from one document (a scanned PDF or a multi-page TIFF); the rest is left with a note.</summary>
    public const int MaxOcrPages = 40;

    /// <summary>A PDF page with fewer letters in its text layer than this is taken for a scan and read by OCR.</summary>
    public const int MinTextLetters = 30;

    /// <summary>
    /// A PDF page a picture covers for at least <see cref="ScanCoverage"/> of its area is a scan when its text layer has
    /// fewer letters than this: what a digital signature box or a stamp lays over a scanned page (a page of text, or the
    /// invisible text of a searchable scan, has thousands; those are read as text).
    /// </summary>
    public const int MaxOverlayLetters = 400;

    public const double ScanCoverage = 0.5;

    /// <summary>
    /// Resolution a scanned page is rendered at for Tesseract: its picture's own (resampling loses short lines), within
    /// 150–400 DPI; 300 when it cannot be told.
    /// </summary>
    public const int OcrDpi = 300, MinOcrDpi = 150, MaxOcrDpi = 400;

    /// <summary>Time for one page: rasterising it, or Tesseract reading it.</summary>
    public static readonly TimeSpan PageTime = TimeSpan.FromSeconds(90);

    /// <summary>Time for all the OCR of one document; pages past it are left with a note.</summary>
    public static readonly TimeSpan DocumentOcrTime = TimeSpan.FromMinutes(10);

    /// <summary>Time for a .doc converter (antiword, catdoc).</summary>
    public static readonly TimeSpan ConvertTime = TimeSpan.FromSeconds(30);

    /// <summary>Address space of a child process (prlimit --as): Tesseract's Vietnamese model needs a few hundred MB.</summary>
    public const long ChildMemoryBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Characters taken from a child's output; more is refused (no document of ours holds that much text).</summary>
    public const int ChildOutputChars = 32 * 1024 * 1024;

    /// <summary>Characters of text taken from a .doc converter, as from a .docx (DocxText.DefaultMaxChars); more is refused.</summary>
    public const int MaxDocChars = 2_000_000;

    /// <summary>A figure from OCR text below this confidence is loaded with a warning to check it against the page.</summary>
    public const decimal LowConfidence = 80m;

    /// <summary>The largest file decoded: PDFs and pictures are bigger than text, but the ingest takes 50 MB at most.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;
}
