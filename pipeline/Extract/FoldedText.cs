using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Extract;

/// <summary>
/// A same-length folded copy of NFC text (lower case, diacritics removed, đ → d), so that patterns written
/// without diacritics match every spelling (including OCR damage such as "Chi số") and a match's index is
/// also its index in the original text.
/// </summary>
public static class FoldedText
{
    // Every UTF-16 unit folded once (a surrogate half stays itself: normalising it alone would throw).
    private static readonly Lazy<char[]> Table = new(() => Enumerable.Range(0, 0x10000).Select(i => FoldChar((char)i)).ToArray());

    public static string Of(string text)
    {
        var table = Table.Value;
        return string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = table[t[i]];
        });
    }

    private static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (char.IsSurrogate(c)) return c;
        if (c is 'đ' or 'Đ') return 'd';
        string decomposed;
        try { decomposed = c.ToString().Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return c; }
        var first = decomposed[0];
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(first) != UnicodeCategory.NonSpacingMark)
            return char.ToLowerInvariant(first);
        return char.ToLowerInvariant(c);
    }
}
