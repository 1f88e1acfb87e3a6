using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Tests.Results;

/// <summary>
/// A stand-in for the plan reader's DocxText.ReadLines (not in main yet): paragraphs as lines, table rows as
/// tab-separated cells, in document order.
/// </summary>
internal static class DocxLines
{
    public static IReadOnlyList<string> Read(Stream stream)
    {
        using var doc = WordprocessingDocument.Open(stream, false);
        var body = doc.MainDocumentPart?.Document.Body;
        if (body is null) return [];
        return body.Elements().SelectMany(e => e switch
        {
            W.Paragraph p => [p.InnerText],
            W.Table t => t.Elements<W.TableRow>().Select(r => string.Join('\t', r.Elements<W.TableCell>().Select(c => c.InnerText))),
            _ => Array.Empty<string>(),
        }).ToList();
    }
}
