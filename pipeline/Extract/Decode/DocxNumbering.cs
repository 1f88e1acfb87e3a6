using System.Xml;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Word's automatic numbering, which is not in the paragraph text: the "1.", "1.2.", "I.", "a)" (and bullets, as
/// "- ") a reader sees, counted in document order per list and level, so that numbered headings and the STT column of
/// a table read the same as in text documents. Start overrides and style-linked numbering are not followed.
/// </summary>
internal sealed class DocxNumbering
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Lists and levels read at most: a document defines a few dozen lists of 9 levels.</summary>
    public const int MaxDefinitions = 10_000;

    private readonly Dictionary<int, Level[]> lists = new();
    private readonly Dictionary<int, int[]> counters = new();

    private sealed record Level(string Format, string Text, int Start);

    /// <summary>Streams numbering.xml (abstract lists, their levels, the numbering instances); definitions past
    /// <see cref="MaxDefinitions"/> are not read.</summary>
    public static DocxNumbering Read(Stream part)
    {
        var numbering = new DocxNumbering();
        var abstracts = new Dictionary<int, Level[]>();
        var instances = new List<(int Num, int Abstract)>();
        using (part)
        using (var xml = DocxText.Xml(part))
        {
            Level[]? levels = null;
            int? level = null, num = null;
            var read = 0;
            while (xml.Read() && read < MaxDefinitions)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != W) continue;
                switch (xml.LocalName)
                {
                    case "abstractNum" when Int(xml, "abstractNumId") is { } id:
                        levels = Enumerable.Range(0, 9).Select(_ => new Level("decimal", "", 1)).ToArray();
                        abstracts.TryAdd(id, levels);
                        read++;
                        break;
                    case "lvl" when levels is not null:
                        level = Int(xml, "ilvl") is { } l and >= 0 and <= 8 ? l : null;
                        read++;
                        break;
                    case "start" when levels is not null && level is { } i: levels[i] = levels[i] with { Start = Int(xml, "val") ?? 1 }; break;
                    case "numFmt" when levels is not null && level is { } i: levels[i] = levels[i] with { Format = xml.GetAttribute("val", W) ?? "decimal" }; break;
                    case "lvlText" when levels is not null && level is { } i: levels[i] = levels[i] with { Text = xml.GetAttribute("val", W) ?? "" }; break;
                    case "num": (levels, level, num) = (null, null, Int(xml, "numId")); read++; break;
                    case "abstractNumId" when num is { } n && Int(xml, "val") is { } a: instances.Add((n, a)); break;
                }
            }
        }
        foreach (var (n, a) in instances)
            if (abstracts.TryGetValue(a, out var levels)) numbering.lists[n] = levels;
        return numbering;
    }

    /// <summary>The number label of a paragraph in list <paramref name="id"/> at level <paramref name="ilvl"/> ("1.2. ",
    /// "- "), or "" when it is not in a list.</summary>
    public string Label(int? id, int ilvl)
    {
        if (id is not { } list || !lists.TryGetValue(list, out var levels)) return "";
        ilvl = Math.Clamp(ilvl, 0, levels.Length - 1);
        var level = levels[ilvl];
        if (level.Format == "bullet") return "- ";
        if (level.Format == "none") return "";
        var count = Count(list, ilvl, levels);
        var text = level.Text;
        for (var k = 0; k <= ilvl; k++) text = text.Replace("%" + (k + 1), Format(count[k], levels[k].Format));
        return text.Length == 0 ? "" : text + " ";
    }

    private static int? Int(XmlReader xml, string attribute) =>
        int.TryParse(xml.GetAttribute(attribute, W), System.Globalization.NumberStyles.Integer,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private int[] Count(int id, int ilvl, Level[] levels)
    {
        if (!counters.TryGetValue(id, out var count))
            counters[id] = count = levels.Select(l => l.Start - 1).ToArray();
        count[ilvl]++;
        for (var deeper = ilvl + 1; deeper < count.Length; deeper++) count[deeper] = levels[deeper].Start - 1;
        for (var upper = 0; upper < ilvl; upper++) count[upper] = Math.Max(count[upper], levels[upper].Start);
        return count;
    }

    private static string Format(int n, string format)
    {
        if (format == "upperRoman") return Roman(n);
        if (format == "lowerRoman") return Roman(n).ToLowerInvariant();
        if (format == "upperLetter") return Letter(n);
        if (format == "lowerLetter") return Letter(n).ToLowerInvariant();
        if (format == "decimalZero") return n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Letter(int n) => n is >= 1 and <= 26 ? ((char)('A' + n - 1)).ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Roman(int n)
    {
        if (n is < 1 or > 3999) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (int Value, string Text)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new System.Text.StringBuilder();
        foreach (var (value, text) in table)
            for (; n >= value; n -= value) sb.Append(text);
        return sb.ToString();
    }
}
