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
    // One folded character per UTF-16 code unit, computed once.
    private static readonly char[] Table = BuildTable();

    public static string Of(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Table[source[i]];
    });

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = char.IsSurrogate((char)c) || CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.OtherNotAssigned
                ? (char)c : FoldChar((char)c);
        return table;
    }

    private static string Decompose(char c)
    {
        try { return c.ToString().Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return c.ToString(); }
    }

    private static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (c is 'đ' or 'Đ') return 'd';
        var decomposed = Decompose(c);
        var first = decomposed[0];
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(first) != UnicodeCategory.NonSpacingMark)
            return char.ToLowerInvariant(first);
        return char.ToLowerInvariant(c);
    }
}
