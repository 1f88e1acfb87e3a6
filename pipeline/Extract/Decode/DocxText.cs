using System.Xml;
using Analytics.Pipeline.Model;
using DocumentFormat.OpenXml.Packaging;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>The lines of a .docx, and what went wrong reading it (never thrown).</summary>
public sealed record DocxLines(IReadOnlyList<string> Lines, IReadOnlyList<Finding> Findings);

/// <summary>
/// A .docx as lines, so it goes through the same parser as the text shapes: each body paragraph is a line, each
/// table row one line of tab-separated cells (a cell's paragraphs joined with " "). The parts are streamed
/// (<see cref="DocxStream"/>), never loaded as a tree, and reading stops with a Finding once the text passes
/// <paramref name="maxChars"/> characters or <see cref="MaxLines"/> lines (a 5 MB package can hold 150 MB of XML).
/// Malformed packages become Findings; the caller also limits the package size (zip bombs).
/// </summary>
public static class DocxText
{
    /// <summary>As much text as the largest text file read (2 MB): no plan or results table comes near it.</summary>
    public const long DefaultMaxChars = 2_000_000;

    /// <summary>Lines (paragraphs and table rows), empty ones included: a long plan has a few thousand.</summary>
    public const int MaxLines = 100_000;

    public static DocxLines ReadLines(Stream stream, string sourceFile = "document.docx", long maxChars = DefaultMaxChars)
    {
        var lines = new List<string>();
        var findings = new List<Finding>();
        try
        {
            using var doc = WordprocessingDocument.Open(stream, false);
            if (doc.MainDocumentPart is not { } main) findings.Add(new Finding(sourceFile, 1, Severities.Error, ReaderMessages.DocxNoBody));
            else
            {
                var numbering = main.NumberingDefinitionsPart is { } n ? DocxNumbering.Read(n.GetStream(FileMode.Open, FileAccess.Read)) : new DocxNumbering();
                using var part = main.GetStream(FileMode.Open, FileAccess.Read);
                var stop = new DocxStream(numbering, lines, maxChars, MaxLines).Read(part);
                if (stop is not null) findings.Add(new Finding(sourceFile, Math.Max(1, lines.Count), Severities.Error, stop));
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            lines.Clear();
            findings.Add(new Finding(sourceFile, 1, Severities.Error, ReaderMessages.DocxUnreadable(e.Message)));
        }
        return new DocxLines(lines, findings);
    }

    /// <summary>An XML reader that streams: no DTD, no resolver, markup bounded (a part is never more than this).</summary>
    internal static XmlReader Xml(Stream part) => XmlReader.Create(part, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 400_000_000, CloseInput = false,
    });
}
