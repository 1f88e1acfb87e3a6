using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Text normalisation at the boundary: Unicode NFC, legacy PDF glyphs (ƣ/Ƣ → ư/Ư), invisible characters,
/// HTML fragments and markdown markers stripped from stored text, whitespace collapsed.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>One raw line as read: NFC, legacy glyphs mapped, odd spaces made plain, trailing space trimmed.
    /// Tabs and markup are kept (tables and HTML are read later).</summary>
    public static string Line(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        if (raw.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') < 0 && raw.AsSpan().IndexOfAny(Special) < 0
            && raw.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
            return Nfc(raw).TrimEnd(); // nothing to map: the common case, without copying
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                sb.Append(c).Append(raw[++i]);
                continue;
            }
            switch (c)
            {
                case '\r' or '\n' or '\v' or '\f': sb.Append(' '); break;
                case var s when char.IsSurrogate(s) || s is '\uFFFE' or '\uFFFF' || (s < ' ' && s != '\t'): sb.Append('\uFFFD'); break;
                case 'ƣ': sb.Append('ư'); break;
                case 'Ƣ': sb.Append('Ư'); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD': break;
                // Invisible format characters: word joiners and the direction marks, embeddings, overrides and isolates
                // (they split "6/1\u20608" for the patterns, and reorder text on screen: "Trojan Source" spoofing).
                case (>= '\u2060' and <= '\u2064') or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E')
                    or (>= '\u2066' and <= '\u2069') or '\u061C' or '\u180E': break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return Nfc(sb.ToString()).TrimEnd();
    }

    /// <summary>
    /// Decimal digits of any script ("８８", "٨٨") as ASCII digits: the patterns' \d matches them all, but numbers are
    /// parsed as ASCII, so they are made ASCII once at the boundary (a year in Devanagari digits threw instead).
    /// </summary>
    public static string AsciiDigits(string text)
    {
        if (!text.Any(c => c > '\x7F' && char.IsDigit(c))) return text;
        return string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
                span[i] = t[i] > '\x7F' && char.IsDigit(t[i]) ? (char)('0' + (int)char.GetNumericValue(t[i])) : t[i];
        });
    }

    // Every character the loop in Line maps or drops, besides controls and surrogates.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\uFFFE\uFFFFƣƢ\u200B\u200C\u200D\uFEFF\u00AD\u2060\u2061\u2062\u2063\u2064\u200E\u200F\u202A\u202B\u202C\u202D\u202E" +
        "\u2066\u2067\u2068\u2069\u061C\u180E\u00A0\u2007\u202F\u2002\u2003\u2009");

    // Markup that Clean removes: HTML tags and entities, markdown emphasis, headings and escapes.
    private static readonly SearchValues<char> Markup = SearchValues.Create("<>&#*_\\");

    private static string Nfc(string text)
    {
        // Latin up to U+02FF and Latin Extended Additional (Vietnamese ạ…ỹ) are NFC as they stand: no combining mark,
        // no character that normalisation would change. Anything else is checked (and composed) by ICU.
        if (text.AsSpan().IndexOfAnyExceptInRange('\u0000', '\u02FF') is var i && (i < 0 || !NeedsIcu(text.AsSpan(i)))) return text;
        try { return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return text; }
    }

    private static bool NeedsIcu(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
            if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF') return true;
        return false;
    }

    /// <summary>Stored text: <see cref="Line"/>, HTML and markdown removed, whitespace collapsed to single spaces.</summary>
    public static string Clean(string? raw)
    {
        var line = Line(raw);
        if (line.Length == 0) return "";
        if (line.AsSpan().IndexOfAny(Markup) >= 0) line = StripMarkdown(HtmlText.ToText(line));
        return IsCollapsed(line) ? line : Collapse(line);
    }

    /// <summary>Markdown emphasis (<c>**</c>, <c>*</c>, <c>__</c>), heading markers and escapes removed.</summary>
    public static string StripMarkdown(string text)
    {
        var s = HeadingMarker().Replace(text, "");
        s = s.Replace("**", "").Replace("__", "");
        s = Emphasis().Replace(s, "");
        return MarkdownEscape().Replace(s, "$1");
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return false;
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) return false;
        return true;
    }

    /// <summary>Runs of whitespace (spaces, tabs, line breaks) become one space; the ends are trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"\*+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
