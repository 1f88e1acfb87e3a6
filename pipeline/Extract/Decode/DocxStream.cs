using System.Text;
using System.Xml;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Streams a .docx main part (word/document.xml) into lines without building its tree: body paragraphs and the rows of
/// body tables in order (a cell's paragraphs, nested ones included, joined by " "), content controls opened. A
/// paragraph's text is its list label, its runs' text, tabs and breaks as spaces. Characters and lines are counted
/// as they come; past a limit reading stops and <see cref="Read"/> returns why.
/// </summary>
internal sealed class DocxStream(DocxNumbering numbering, List<string> lines, long maxChars, int maxLines)
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private long chars;
    private string? stop;

    /// <returns>null when the whole part was read, else the reason reading stopped.</returns>
    public string? Read(Stream part)
    {
        using var xml = DocxText.Xml(part);
        while (xml.Read())
            if (Is(xml, "body"))
            {
                Children(xml, Block);
                break;
            }
        return stop;
    }

    // Calls visit on each child element of the element the reader stands on; visit leaves the reader on that child's
    // end (or on the child itself when empty). Ends on the parent's end tag.
    private void Children(XmlReader xml, Action<XmlReader> visit)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        while (stop is null && xml.Read() && xml.Depth > depth)
            if (xml.NodeType == XmlNodeType.Element) visit(xml);
    }

    private void Block(XmlReader xml)
    {
        if (Is(xml, "p")) Add(Paragraph(xml));
        else if (Is(xml, "tbl")) Children(xml, row => { if (Is(row, "tr")) Add(Row(row)); else Ignore(row); });
        else if (Is(xml, "sdt") || Is(xml, "sdtContent")) Children(xml, Block);
        else Ignore(xml);
    }

    private string Row(XmlReader xml)
    {
        var cells = new List<string>();
        Children(xml, cell =>
        {
            if (!Is(cell, "tc")) { Ignore(cell); return; }
            var text = new StringBuilder();
            Within(cell, p =>
            {
                if (Paragraph(p) is { Length: > 0 } t) text.Append(text.Length > 0 ? " " : "").Append(t);
            });
            cells.Add(text.ToString());
        });
        return string.Join("\t", cells);
    }

    // Every paragraph inside the element (at any depth), in order.
    private void Within(XmlReader xml, Action<XmlReader> paragraph)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        while (stop is null && xml.Read() && xml.Depth > depth)
            if (Is(xml, "p")) paragraph(xml);
    }

    // A paragraph's text; the reader ends on its end tag.
    private string Paragraph(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var sb = new StringBuilder();
        var open = new List<string>();
        (int? Id, int Level) list = (null, 0);
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.EndElement) { open.RemoveAt(open.Count - 1); continue; }
            if (xml.NodeType == XmlNodeType.Element)
            {
                var name = xml.NamespaceURI == W ? xml.LocalName : "";
                var parent = open.Count > 0 ? open[^1] : "";
                if (name is "numId" or "ilvl" && open is ["pPr", "numPr"]) list = Number(xml, name, list);
                else if (name is "tab" or "br" or "cr" && parent == "r") sb.Append(' ');
                else if (name == "noBreakHyphen") sb.Append('-');
                if (!xml.IsEmptyElement) open.Add(name);
                continue;
            }
            if (open is [.., "r", "t"] && xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                sb.Append(xml.Value);
                if (chars + sb.Length > maxChars) { stop = ReaderMessages.DocxTooLarge(maxChars); return ""; }
            }
        }
        return (numbering.Label(list.Id, list.Level) + sb).Replace('\t', ' ').Trim();
    }

    private static (int?, int) Number(XmlReader xml, string name, (int? Id, int Level) list)
    {
        int? value = int.TryParse(xml.GetAttribute("val", W), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
        return name == "numId" ? (value, list.Level) : (list.Id, value ?? 0);
    }

    private void Add(string line)
    {
        if (stop is not null) return;
        chars += line.Length + 1;
        if (chars > maxChars) stop = ReaderMessages.DocxTooLarge(maxChars);
        else if (lines.Count >= maxLines) stop = ReaderMessages.DocxTooManyLines(maxLines);
        else lines.Add(line);
    }

    // Reads past an element this reader does not use (it ends on the element's end tag).
    private void Ignore(XmlReader xml)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth) { }
    }

    private static bool Is(XmlReader xml, string name) =>
        xml.NodeType == XmlNodeType.Element && xml.LocalName == name && xml.NamespaceURI == W;
}
