using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract;

/// <summary>
/// The one entry of the extract stage: bytes of a file → an Extraction. Chooses the reader by extension, checks the
/// content matches it (text must be UTF-8 or UTF-16 with no NUL; .docx/.xlsx must be ZIP packages; PDF, pictures,
/// .doc and web pages go through <see cref="Formats"/>, which checks their first bytes), and never throws.
/// </summary>
public static class DocumentReader
{
    /// <summary>
    /// The readers' version, stored with every document loaded. Changed whenever what a document yields changes (a new
    /// field kept, a figure read differently): a document loaded by another version is read again on the next ingest,
    /// though its file is the same, so a database kept from year to year gets what the current readers find.
    /// </summary>
    public const string Version = "2026-12-03.source-notes";

    public static readonly string[] Supported =
        [".txt", ".md", ".docx", ".csv", ".xlsx", ".pdf", ".doc", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>
    /// The largest text file read (.txt, .md, .csv): over 50 times the longest plan, some 20,000 results
    /// rows. Larger text is refused before parsing, so a huge file cannot hold a reader for minutes.
    /// </summary>
    public const int MaxTextBytes = 2 * 1024 * 1024;

    public static Extraction Read(string sourceFile, byte[] bytes, ResultsDefaults? defaults = null)
    {
        var ext = Path.GetExtension(sourceFile).ToLowerInvariant();
        Extraction extraction;
        try
        {
            extraction = Dispatch(sourceFile, ext, bytes, defaults);
        }
        catch (RegexMatchTimeoutException)
        {
            extraction = Fail(sourceFile, ReaderMessages.TooSlow);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            extraction = Fail(sourceFile, ReaderMessages.Internal(e.GetType().Name + ": " + e.Message));
        }
        var nothing = !extraction.Failed && extraction.Observations.Count + extraction.Targets.Count + extraction.Tasks.Count == 0;
        if (nothing)
            extraction = extraction with { Findings = [.. extraction.Findings, Error(sourceFile, 0, ReaderMessages.NothingRecognised)] };
        return extraction with
        {
            Document = extraction.Document with
            {
                SourceFile = sourceFile, Sha256 = Sha(bytes), Format = ext.TrimStart('.'), Bytes = bytes.Length,
            },
        };
    }

    private static Extraction Dispatch(string sourceFile, string ext, byte[] bytes, ResultsDefaults? defaults) =>
        bytes.Length == 0 ? Fail(sourceFile, ReaderMessages.Empty)
        : !Supported.Contains(ext) ? Fail(sourceFile, ReaderMessages.Unsupported(ext, Supported))
        : ext is ".txt" or ".md" or ".csv" && bytes.Length > MaxTextBytes ? Fail(sourceFile, ReaderMessages.TextTooLarge(bytes.Length, MaxTextBytes))
        : ext is ".docx" or ".xlsx" && !IsZip(bytes) ? Fail(sourceFile, ReaderMessages.NotZip(ext))
        : ext is ".docx" or ".xlsx" && ZipGuard.Check(bytes) is { } refused ? Fail(sourceFile, refused)
        : Formats.Handles(ext) ? FromDecoded(sourceFile, Formats.Read(sourceFile, ext, bytes), defaults)
        : ext switch
        {
            ".docx" => FromDocx(sourceFile, DocxText.ReadLines(new MemoryStream(bytes), sourceFile), defaults),
            ".xlsx" => ResultsReader.ReadXlsx(sourceFile, new MemoryStream(bytes), defaults),
            _ => FromText(sourceFile, ext, bytes, defaults),
        };

    private static Extraction FromText(string sourceFile, string ext, byte[] bytes, ResultsDefaults? defaults)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } error) return Fail(sourceFile, error.Message, error.Line);
        if (ext == ".csv") return ResultsReader.ReadCsv(sourceFile, new MemoryStream(bytes), defaults);
        return FromLines(sourceFile, decoded.Lines, defaults);
    }

    private static Extraction FromDocx(string sourceFile, DocxLines docx, ResultsDefaults? defaults)
    {
        if (docx.Findings.Any(f => f.Severity == Severities.Error))
            return Fail(sourceFile, "") with { Findings = docx.Findings };
        var extraction = FromLines(sourceFile, docx.Lines, defaults);
        return extraction with { Findings = [.. docx.Findings, .. extraction.Findings] };
    }

    private static Extraction FromDecoded(string sourceFile, Decoded decoded, ResultsDefaults? defaults)
    {
        if (decoded.Error is { } error) return Fail(sourceFile, error);
        var extraction = Provenance.Stamp(FromLines(sourceFile, decoded.Lines.Select(l => l.Text).ToList(), defaults), decoded.Lines);
        var notes = decoded.Notes.Select(n => new Finding(sourceFile, 0, Severities.Warning, n));
        return extraction with { Findings = [.. notes, .. extraction.Findings] };
    }

    private static Extraction FromLines(string sourceFile, IReadOnlyList<string> raw, ResultsDefaults? defaults)
    {
        var lines = raw.Select(TextNormalizer.AsciiDigits).ToList();
        return ResultsTable.TryParse(sourceFile, lines, defaults)
            ?? (Narrative.NarrativeReader.IsPlan(lines) ? Narrative.NarrativeReader.Complete(PlanParser.Parse(sourceFile, lines), lines, defaults)
                : Narrative.NarrativeReader.Parse(sourceFile, lines, defaults));
    }

    private static bool IsZip(byte[] b) => b.Length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;

    private static string Sha(byte[] bytes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    private static Finding Error(string file, int line, string message) => new(file, line, Severities.Error, message);

    internal static Extraction Fail(string sourceFile, string message, int line = 0) => new(
        new DocumentInfo(sourceFile, "", "unknown", null, null, null, null, null, "", 0),
        [], [], [], [Error(sourceFile, line, message)]);
}
