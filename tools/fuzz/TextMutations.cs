using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Fuzz;

/// <summary>Mutations of decoded text: line order, line endings, invisible and RTL characters, numbers, Unicode forms.</summary>
internal static partial class TextMutations
{
    private static readonly string[] Invisible =
        ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200E", "\u200F", "\u202E", "\u202B", "\u061C", "\u00AD", "\u180E"];

    private static readonly string[] Astral = ["😀", "𝐀", "𝟖𝟖,𝟒%", "🇻🇳", "\U0001F4A9", "𠀀"];

    private static readonly string[] Controls = ["\u0001", "\u0007", "\u001B[31m", "\u007F", "\uFFFD", "\uFFFF", "\u0085", "\f", "\v"];

    private static readonly string[] Endings = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n\n"];

    private static readonly string[] Numbers =
        ["0", "100", "100,01", "-5", "999999999999999999999", "1.234.567,89", "0,000001", "88,4", "007", "9/0", "0/0",
         "99/18", "25/18", "1/1", "18/18", "-1/18", "2147483648", "1e308", "NaN", "٨٨٫٤", "８８，４", "88.4.4", ",,", "%"];

    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    public static string Shuffle(Random r, string text)
    {
        var lines = Lines(text);
        r.Shuffle(lines);
        return string.Join('\n', lines);
    }

    public static string DuplicateLines(Random r, string text)
    {
        var lines = Lines(text).ToList();
        for (int i = 0, n = r.Next(1, 40); i < n && lines.Count > 0; i++)
        {
            var at = r.Next(lines.Count);
            lines.InsertRange(r.Next(lines.Count), Enumerable.Repeat(lines[at], r.Next(1, 5)));
        }
        return string.Join('\n', lines);
    }

    public static string DropLines(Random r, string text) =>
        string.Join('\n', Lines(text).Where(_ => !r.Chance(0.3)));

    public static string MixEndings(Random r, string text) =>
        string.Concat(Lines(text).Select(l => l + r.Pick(Endings)));

    public static string Sprinkle(Random r, string text, string[] pool, int most)
    {
        var sb = new StringBuilder(text);
        for (int i = 0, n = r.Next(1, most); i < n; i++) sb.Insert(r.Next(sb.Length + 1), r.Pick(pool));
        return sb.ToString();
    }

    public static string InvisibleChars(Random r, string text) => Sprinkle(r, text, Invisible, 200);

    public static string AstralChars(Random r, string text) => Sprinkle(r, text, Astral, 100);

    /// <summary>A line whose spaces became astral characters: one long word of surrogate pairs around figures, where a cut can split a pair.</summary>
    public static string AstralWords(Random r, string text)
    {
        var lines = Lines(text);
        for (int i = 0, n = r.Next(1, 6); i < n; i++)
        {
            var at = r.Next(lines.Length);
            lines[at] = string.Concat(Enumerable.Repeat(lines[at].Replace(" ", r.Pick(Astral)), r.Next(1, 4)));
        }
        return string.Join('\n', lines);
    }

    /// <summary>Runs of 150–600 astral characters without a space next to figures: cuts at a length limit land inside pairs.</summary>
    public static string EmojiRuns(Random r, string text) =>
        Figure().Replace(text, m => r.Chance(0.3) ? string.Concat(Enumerable.Repeat(r.Pick(Astral[..2]), r.Next(150, 600))) + m.Value : m.Value);

    public static string ControlChars(Random r, string text) => Sprinkle(r, text, Controls, 40);

    /// <summary>Zero-width and RTL marks inside figures ("88,\u200B4%"), where a parser is most likely to stumble.</summary>
    public static string InvisibleInNumbers(Random r, string text) =>
        Figure().Replace(text, m => r.Chance(0.5) ? m.Value.Insert(r.Next(m.Length + 1), r.Pick(Invisible)) : m.Value);

    public static string ExtremeNumbers(Random r, string text) =>
        Figure().Replace(text, m => r.Chance(0.3) ? r.Pick(Numbers) + (m.Value.EndsWith('%') ? "%" : "") : m.Value);

    private static readonly char[] DigitZeros = ['\u0660', '\u06F0', '\u0966', '\uFF10', '\u0E50'];

    /// <summary>ASCII digits written in another script's digits (Arabic-Indic, Devanagari, fullwidth, Thai): still "digits" to \d.</summary>
    public static string ForeignDigits(Random r, string text)
    {
        var zero = r.Pick(DigitZeros);
        return string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = char.IsAsciiDigit(t[i]) && r.Chance(0.7) ? (char)(zero + (t[i] - '0')) : t[i];
        });
    }

    public static string Decompose(Random r, string text) => text.Normalize(r.Chance(0.5) ? NormalizationForm.FormD : NormalizationForm.FormKD);

    public static string Case(Random r, string text) => r.Chance(0.5) ? text.ToUpperInvariant() : text.ToLowerInvariant();

    /// <summary>Table shapes gone wrong: a row of thousands of cells, pipes and tabs everywhere.</summary>
    public static string WideRows(Random r, string text)
    {
        var lines = Lines(text).ToList();
        var sep = r.Chance(0.5) ? "\t" : " | ";
        var row = "|" + string.Join(sep, Enumerable.Range(0, r.Next(100, 20_000)).Select(i => i % 7 == 0 ? "88,4%" : "ô"));
        lines.Insert(r.Next(lines.Count + 1), row);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*(?:%|/\d+)?")]
    private static partial Regex Figure();
}
