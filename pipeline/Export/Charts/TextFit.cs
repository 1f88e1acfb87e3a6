using System.Globalization;
using System.Text;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// Text width in DejaVu Sans (advance widths read from the font, per 1000 em; accented Vietnamese letters take their
/// base letter's advance) and fitting of labels into a width: wrap on spaces, then cut with "…".
/// </summary>
public static class TextFit
{
    public const string Font = "DejaVu Sans";

    // Advances of U+0020..U+007E in DejaVuSans.ttf and DejaVuSans-Bold.ttf (tests check them against the font).
    private static readonly short[] Regular =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636,
        636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656,
        557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613,
        635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818,
        592, 592, 525, 636, 337, 636, 838,
    ];

    private static readonly short[] Bold =
    [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696,
        696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775,
        637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675,
        716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924,
        645, 652, 582, 712, 365, 712, 838,
    ];

    /// <summary>Width in px of <paramref name="text"/> at <paramref name="size"/> px.</summary>
    public static double Width(string text, double size, bool bold = false)
    {
        var table = bold ? Bold : Regular;
        var total = 0;
        foreach (var ch in text) total += Advance(ch, table, bold);
        return total * size / 1000.0;
    }

    private static int Advance(char ch, short[] table, bool bold)
    {
        if (ch is >= ' ' and <= '~') return table[ch - ' '];
        switch (ch)
        {
            case 'Ơ' or 'Ờ' or 'Ớ' or 'Ở' or 'Ỡ' or 'Ợ': return bold ? 874 : 913;
            case 'Ư' or 'Ừ' or 'Ứ' or 'Ử' or 'Ữ' or 'Ự': return bold ? 835 : 858;
            case 'Đ': return bold ? 838 : 775;
            case 'đ': return bold ? 716 : 635;
            case '·': return bold ? 380 : 318;
            case '–': return 500;
        }
        if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) return 0;
        var baseChar = ch.ToString().Normalize(NormalizationForm.FormD)[0];
        return baseChar is >= ' ' and <= '~' ? table[baseChar - ' '] : 1000; // unknown: assume wide, never narrower
    }

    /// <summary>Words of <paramref name="text"/> wrapped into at most <paramref name="maxLines"/> lines of
    /// <paramref name="width"/> px; the last line is cut with "…" if the text does not fit.</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double size, int maxLines, bool bold = false)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in DisplayText.Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Width(candidate, size, bold) <= width || line.Length == 0) { line = candidate; continue; }
            lines.Add(line);
            line = word;
        }
        if (line.Length > 0) lines.Add(line);
        if (lines.Count > maxLines) lines = [.. lines.Take(maxLines - 1), string.Join(' ', lines.Skip(maxLines - 1))];
        return lines.Select((l, i) => Width(l, size, bold) <= width ? l : Ellipsize(l, width, size, bold)).ToList();
    }

    /// <summary>The text cut at a word (or letter) boundary with "…" so that it fits in <paramref name="width"/> px.</summary>
    public static string Ellipsize(string text, double width, double size, bool bold = false)
    {
        text = DisplayText.Clean(text);
        if (Width(text, size, bold) <= width) return text;
        var elements = StringInfo.GetTextElementEnumerator(text);
        var sb = new StringBuilder();
        var best = "…";
        while (elements.MoveNext())
        {
            sb.Append(elements.GetTextElement());
            var cut = sb.ToString().TrimEnd(' ', ',', '.', ';', ':') + "…";
            if (Width(cut, size, bold) > width) break;
            best = cut;
        }
        return best;
    }

    /// <summary>True when <paramref name="lines"/> lost text compared with <paramref name="text"/> (then show a tooltip).</summary>
    public static bool Cut(IReadOnlyList<string> lines) => lines.Any(l => l.EndsWith('…'));
}
