using Analytics.Fuzz;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Load;

namespace Analytics.Tests.Fuzz;

/// <summary>Refusal messages sort into the kinds the fuzz report counts; internal errors and database refusals count as bugs.</summary>
public class RejectionKindsTests
{
    public static TheoryData<string, string> Messages => new()
    {
        { ReaderMessages.Empty, "empty" },
        { ReaderMessages.NotUtf8, "not UTF-8" },
        { ReaderMessages.Binary, "binary" },
        { ReaderMessages.Unsupported(".odt", DocumentReader.Supported), "unsupported type" },
        { DecodeMessages.NotOfKind("a.pdf", ".pdf"), "not of its type" },
        { DecodeMessages.NotOfKind("a.tiff", ".tiff"), "not of its type" },
        { DecodeMessages.PdfDamaged("a.pdf", "no xref"), "damaged file" },
        { DecodeMessages.PictureDamaged("a.png", "libpng error"), "damaged file" },
        { DecodeMessages.OcrFailed("a.pdf", 3, "x"), "damaged file" },
        { DecodeMessages.DocUnreadable("a.doc", "x"), "damaged file" },
        { DecodeMessages.HtmlNotText("a.html", ReaderMessages.NotUtf8), "not UTF-8" },
        { DecodeMessages.TimedOut("a.pdf", "tesseract", TimeSpan.FromSeconds(90)), "too slow" },
        { DecodeMessages.TooLarge("a.pdf", 60_000_000, 50 * 1048576), "too large" },
        { DecodeMessages.ToolMissing("a.pdf", "tesseract", "tesseract-ocr"), "missing program" },
        { DecodeMessages.PdfStreamTooLarge("a.pdf", 4, DecodeLimits.MaxPdfStreamBytes), "over a reader's budget" },
        { DecodeMessages.PdfTooMuchContent("a.pdf", 43, DecodeLimits.MaxPdfContentBytes), "over a reader's budget" },
        { DecodeMessages.DocTooLarge("a.doc", DecodeLimits.MaxDocChars), "over a reader's budget" },
        { ReaderMessages.NotZip(".docx"), "not a package" },
        { ReaderMessages.ZipTooManyEntries(12_000), "zip bomb" },
        { ReaderMessages.ZipTooLarge(ZipGuard.MaxExpandedBytes), "zip bomb" },
        { ReaderMessages.ZipRatio("word/document.xml"), "zip bomb" },
        { ReaderMessages.ZipCorrupt("End of Central Directory record could not be found."), "damaged package" },
        { ReaderMessages.TextTooLarge(3_000_000, DocumentReader.MaxTextBytes), "text too large" },
        { IngestMessages.TooLarge(60_000_000, Ingestor.MaxBytes), "too large" },
        { ReaderMessages.NothingRecognised, "nothing recognised" },
        { ReaderMessages.Internal("NullReferenceException: x"), RejectionKinds.Internal },
        { IngestMessages.Database("Conversion Error"), RejectionKinds.Database },
        { "something nobody wrote yet", RejectionKinds.Other },
    };

    [Theory, MemberData(nameof(Messages))]
    public void Of_Message_Kind(string message, string kind) => Assert.Equal(kind, RejectionKinds.Of(message));

    [Theory]
    [InlineData(RejectionKinds.Internal, true)]
    [InlineData(RejectionKinds.Database, true)]
    [InlineData("zip bomb", false)]
    public void IsBug_OnlyForInternalAndDatabase(string kind, bool bug) => Assert.Equal(bug, RejectionKinds.IsBug(kind));
}
