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
    public static string Of(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(FoldChar(c));
        return sb.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (c is 'đ' or 'Đ') return 'd';
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(first) != UnicodeCategory.NonSpacingMark)
            return char.ToLowerInvariant(first);
        return char.ToLowerInvariant(c);
    }
}
