using System.Text;
using System.Xml;
using Analytics.Pipeline.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Analytics.Pipeline.Extract;

/// <summary>The lines of a .docx, and what went wrong reading it (never thrown).</summary>
public sealed record DocxLines(IReadOnlyList<string> Lines, IReadOnlyList<Finding> Findings);

/// <summary>
/// A .docx as lines, so it goes through the same parser as the text shapes: each body paragraph is a line, each
/// table row one line of tab-separated cells (a cell's paragraphs joined with " "). Malformed packages and parts
/// beyond the size limit become Findings; the caller also limits the file size (zip bombs).
/// </summary>
public static class DocxText
{
    public const long DefaultMaxChars = 20_000_000;

    public static DocxLines ReadLines(Stream stream, string sourceFile = "document.docx", long maxChars = DefaultMaxChars)
    {
        var lines = new List<string>();
        var findings = new List<Finding>();
        try
        {
            using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = maxChars * 8 });
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) findings.Add(new Finding(sourceFile, 1, Severities.Error, ExtractMessages.DocxNoBody));
            else if (!Read(body, new DocxNumbering(doc.MainDocumentPart!.NumberingDefinitionsPart), lines, maxChars))
                findings.Add(new Finding(sourceFile, lines.Count, Severities.Error, ExtractMessages.DocxTooLarge(maxChars)));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                       or InvalidOperationException or NotSupportedException or ArgumentException or FormatException)
        {
            findings.Add(new Finding(sourceFile, 1, Severities.Error, ExtractMessages.DocxUnreadable(e.Message)));
        }
        return new DocxLines(lines, findings);
    }

    /// <summary>Reads block elements in order; false when the text grew past <paramref name="maxChars"/>.</summary>
    private static bool Read(OpenXmlElement container, DocxNumbering numbering, List<string> lines, long maxChars)
    {
        long total = 0;
        foreach (var element in Blocks(container))
        {
            var line = element switch
            {
                Paragraph p => Text(p, numbering),
                WordRow row => string.Join("\t", row.Elements<TableCell>().Select(c => Cell(c, numbering))),
                _ => null,
            };
            if (line is null) continue;
            total += line.Length + 1;
            if (total > maxChars) return false;
            lines.Add(line);
        }
        return true;
    }

    /// <summary>Body paragraphs and table rows in reading order (content controls opened, nested tables flattened by rows).</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p: yield return p; break;
                case Table t:
                    foreach (var row in t.Elements<WordRow>()) yield return row;
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var inner in Blocks(content)) yield return inner;
                    break;
            }
        }
    }

    private static string Cell(TableCell cell, DocxNumbering numbering) =>
        string.Join(" ", cell.Descendants<Paragraph>().Select(p => Text(p, numbering)).Where(t => t.Length > 0));

    /// <summary>A paragraph's text: its list number if any, runs concatenated, tabs and breaks as spaces.</summary>
    private static string Text(Paragraph p, DocxNumbering numbering)
    {
        var sb = new StringBuilder(numbering.Label(p));
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar or Break or CarriageReturn: sb.Append(' '); break;
                case NoBreakHyphen: sb.Append('-'); break;
            }
        }
        return sb.ToString().Replace('\t', ' ').Trim();
    }
}
