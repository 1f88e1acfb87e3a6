using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Load;

namespace Analytics.Fuzz;

/// <summary>
/// Names the kind of a refusal from its message, matched against the message classes themselves (so a reworded
/// message moves with its kind). Internal errors and database refusals are bugs, not verdicts on the input.
/// </summary>
public static class RejectionKinds
{
    public const string Internal = "internal error", Database = "database refused", Other = "other";

    private static readonly (string Kind, string[] Prefixes)[] Kinds =
    [
        ("empty", [ReaderMessages.Empty, ResultsErrors.Empty, ExtractMessages.EmptyDocument]),
        ("not UTF-8", [ReaderMessages.NotUtf8, ResultsErrors.NotUtf8, Before(DecodeMessages.HtmlNotText(Arg, Arg), Arg)]),
        ("binary", [ReaderMessages.Binary]),
        ("unsupported type", [Prefix(ext => ReaderMessages.Unsupported(ext, DocumentReader.Supported))]),
        ("not a package", [Prefix(ReaderMessages.NotZip)]),
        ("not of its type", [.. Magic.Kinds.Keys.Select(ext => Before(DecodeMessages.NotOfKind(Arg, ext), Arg))]),
        ("damaged file", [Before(DecodeMessages.PdfDamaged(Arg, ""), Arg), Before(DecodeMessages.PdfEncrypted(Arg), Arg),
            Before(DecodeMessages.DocUnreadable(Arg, ""), Arg), Before(DecodeMessages.PictureDamaged(Arg, ""), Arg), Before(DecodeMessages.OcrFailed(Arg, 0, ""), "page 0"),
            Before(DecodeMessages.RasterFailed(Arg, 0, ""), "page 0")]),
        ("missing program", [Before(DecodeMessages.ToolMissing(Arg, "", ""), Arg)]),
        ("zip bomb", [Before(ReaderMessages.ZipTooManyEntries(0), "0"), ReaderMessages.ZipTooLarge(ZipGuard.MaxExpandedBytes), Prefix(ReaderMessages.ZipRatio)]),
        ("damaged package", [Prefix(ReaderMessages.ZipCorrupt), Prefix(ResultsErrors.NotXlsx), Prefix(ReaderMessages.DocxUnreadable), ReaderMessages.DocxNoBody]),
        ("too slow", [ReaderMessages.TooSlow, Before(DecodeMessages.TimedOut(Arg, Arg, TimeSpan.Zero), Arg)]),
        ("over a reader's budget", [Before(ReaderMessages.DocxTooLarge(0), "0"), Before(ReaderMessages.DocxTooManyLines(0), "0"),
            Before(ResultsErrors.TooManyCells(0, ""), "0"), Before(ResultsErrors.TooManyChars(0, ""), "0"),
            Before(DecodeMessages.HtmlTooManyTags(Arg, 0), Arg), Before(DecodeMessages.DocTooLarge(Arg, 0), "the text")]), // "too much to read: ", every PDF and .doc budget
        ("text too large", [Before(ReaderMessages.TextTooLarge(0, DocumentReader.MaxTextBytes), "0")]),
        ("too large", [Before(DecodeMessages.TooLarge(Arg, 0, 0), Arg)]),
        ("nothing recognised", [ReaderMessages.NothingRecognised, ResultsErrors.NotATable, ExtractMessages.NoPlanContent]),
        ("no province or year", [ResultsErrors.NoProvince, ResultsErrors.NoYear]),
        (Internal, [Prefix(ReaderMessages.Internal)]),
        (Database, [Prefix(IngestMessages.Database)]),
    ];

    // "file is 51.0 MB, more than the 50 MB limit": constant after the size.
    private static readonly string TooLargeEnd = IngestMessages.TooLarge(0, Ingestor.MaxBytes)[IngestMessages.TooLarge(0, Ingestor.MaxBytes).IndexOf(" MB", StringComparison.Ordinal)..];

    public static string Of(string message)
    {
        if (message.EndsWith(TooLargeEnd, StringComparison.Ordinal)) return "too large";
        foreach (var (kind, prefixes) in Kinds)
            if (prefixes.Any(p => p.Length > 0 && message.StartsWith(p, StringComparison.Ordinal))) return kind;
        return Other;
    }

    public static bool IsBug(string kind) => kind is Internal or Database;

    private const string Arg = "\u0001";

    // The constant start of a formatted message: the text before its argument.
    private static string Prefix(Func<string, string> format) => Before(format("\u0001"), "\u0001");

    private static string Before(string text, string marker) =>
        text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;
}
