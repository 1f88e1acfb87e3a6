using System.Globalization;
using System.Xml;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>The small parts of a workbook, streamed: its sheets (name and relationship id), shared strings, percent styles.</summary>
internal static class XlsxParts
{
    public const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static List<(string Name, string Id)> Sheets(Stream part)
    {
        var sheets = new List<(string, string)>();
        using var xml = DocxText.Xml(part);
        while (xml.Read() && sheets.Count <= 1000)
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.NamespaceURI == S && xml.GetAttribute("id", R) is { } id)
                sheets.Add((xml.GetAttribute("name") ?? "?", id));
        return sheets;
    }

    /// <summary>Each shared string's text (plain or its runs' texts, phonetic hints left out), counted against the budget.</summary>
    public static string[] Strings(Stream part, XlsxBudget budget)
    {
        var strings = new List<string>();
        using var xml = DocxText.Xml(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si" || xml.NamespaceURI != S) continue;
            var text = InlineText(xml);
            if (!budget.Cell(text.Length, $"shared string {strings.Count + 1}")) return [];
            strings.Add(text);
        }
        return [.. strings];
    }

    /// <summary>The text of an element holding &lt;t&gt; directly or in runs (&lt;si&gt;, &lt;is&gt;); ends on its end tag.</summary>
    public static string InlineText(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var sb = new System.Text.StringBuilder();
        var phonetic = -1;
        var inText = false;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement) phonetic = xml.Depth;
            else if (xml.NodeType == XmlNodeType.Element) inText = phonetic < 0 && xml.LocalName == "t" && !xml.IsEmptyElement;
            else if (xml.NodeType == XmlNodeType.EndElement) { inText = false; if (xml.Depth == phonetic) phonetic = -1; }
            else if (inText && sb.Length <= XlsxBudget.MaxChars) sb.Append(xml.Value);
        }
        return sb.ToString();
    }

    // Style indexes (cellXfs) whose number format shows a percentage: built-in 9 and 10, or a custom code with '%'.
    public static HashSet<int> PercentStyles(Stream? part)
    {
        if (part is null) return [];
        var custom = new HashSet<int>();
        var percent = new HashSet<int>();
        using var xml = DocxText.Xml(part);
        var index = 0;
        var inCellXfs = false;
        while (xml.Read() && index < XlsxBudget.MaxCells)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs") inCellXfs = false;
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "numFmt" && xml.GetAttribute("formatCode")?.Contains('%') == true && Int(xml, "numFmtId") is { } id) custom.Add(id);
            else if (xml.LocalName == "cellXfs") inCellXfs = !xml.IsEmptyElement;
            else if (xml.LocalName == "xf" && inCellXfs)
            {
                if (Int(xml, "numFmtId") is { } f && (f is 9 or 10 || custom.Contains(f))) percent.Add(index);
                index++;
            }
        }
        return percent;
    }

    public static int? Int(XmlReader xml, string attribute) =>
        int.TryParse(xml.GetAttribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
