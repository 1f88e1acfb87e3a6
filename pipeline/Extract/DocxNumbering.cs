using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Pipeline.Extract;

/// <summary>
/// Word's automatic numbering, which is not in the paragraph text: the "1.", "1.2.", "I.", "a)" (and bullets, as
/// "- ") a reader sees, counted in document order per list and level, so that numbered headings and the STT column of
/// a table read the same as in text documents. Start overrides and style-linked numbering are not followed.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, Level[]> lists = new();
    private readonly Dictionary<int, int[]> counters = new();

    private sealed record Level(NumberFormatValues Format, string Text, int Start);

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        var numbering = part?.Numbering;
        if (numbering is null) return;
        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value).ToDictionary(g => g.Key, g => Levels(g.First()));
        foreach (var num in numbering.Elements<NumberingInstance>())
            if (num.NumberID?.Value is { } id && num.AbstractNumId?.Val?.Value is { } abs && abstracts.TryGetValue(abs, out var levels))
                lists[id] = levels;
    }

    /// <summary>The number label of a paragraph ("1.2. ", "- "), or "" when it is not in a list.</summary>
    public string Label(Paragraph p)
    {
        var props = p.ParagraphProperties?.NumberingProperties;
        if (props?.NumberingId?.Val?.Value is not { } id || !lists.TryGetValue(id, out var levels)) return "";
        var ilvl = Math.Clamp(props.NumberingLevelReference?.Val?.Value ?? 0, 0, levels.Length - 1);
        var level = levels[ilvl];
        if (level.Format == NumberFormatValues.Bullet) return "- ";
        if (level.Format == NumberFormatValues.None) return "";
        var count = Count(id, ilvl, levels);
        var text = level.Text;
        for (var k = 0; k <= ilvl; k++) text = text.Replace("%" + (k + 1), Format(count[k], levels[k].Format));
        return text.Length == 0 ? "" : text + " ";
    }

    private int[] Count(int id, int ilvl, Level[] levels)
    {
        if (!counters.TryGetValue(id, out var count))
            counters[id] = count = levels.Select(l => l.Start - 1).ToArray();
        count[ilvl]++;
        for (var deeper = ilvl + 1; deeper < count.Length; deeper++) count[deeper] = levels[deeper].Start - 1;
        for (var upper = 0; upper < ilvl; upper++) count[upper] = Math.Max(count[upper], levels[upper].Start);
        return count;
    }

    private static Level[] Levels(AbstractNum abs)
    {
        var levels = Enumerable.Range(0, 9).Select(_ => new Level(NumberFormatValues.Decimal, "", 1)).ToArray();
        foreach (var level in abs.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
        {
            var index = level.LevelIndex?.Value ?? -1;
            if (index is < 0 or > 8) continue;
            levels[index] = new Level(level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal,
                level.LevelText?.Val?.Value ?? "", level.StartNumberingValue?.Val?.Value ?? 1);
        }
        return levels;
    }

    private static string Format(int n, NumberFormatValues format)
    {
        if (format == NumberFormatValues.UpperRoman) return Roman(n);
        if (format == NumberFormatValues.LowerRoman) return Roman(n).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letter(n);
        if (format == NumberFormatValues.LowerLetter) return Letter(n).ToLowerInvariant();
        if (format == NumberFormatValues.DecimalZero) return n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
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
