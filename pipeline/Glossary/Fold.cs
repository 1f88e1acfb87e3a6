using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Glossary;

/// <summary>
/// Folds Vietnamese text to a comparison key: lower case, no diacritics, đ→d, ƣ→u, punctuation → space. One folded
/// character per UTF-16 code unit from a table computed once (Unicode canonical decomposition, first character,
/// lower case), so folding never calls the normaliser per string.
/// </summary>
public static class Fold
{
    private static readonly char[] Table = BuildTable();

    /// <summary>One code unit folded: 'Ế' → 'e', 'đ' → 'd'; a combining mark stays itself (callers drop it).</summary>
    public static char Char(char c) => Table[c];

    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        var lastSpace = true;
        foreach (var raw in text)
        {
            var c = Table[raw];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c) || c == '&') { sb.Append(c); lastSpace = false; }
            else if (!lastSpace) { sb.Append(' '); lastSpace = true; }
        }
        return sb.ToString().TrimEnd();
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
            table[c] = char.IsSurrogate((char)c) || CharUnicodeInfo.GetUnicodeCategory((char)c) == UnicodeCategory.OtherNotAssigned
                ? (char)c : FoldChar((char)c);
        return table;
    }

    private static char FoldChar(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (c is 'đ' or 'Đ') return 'd';
        if (c is 'ƣ' or 'Ƣ') return 'u'; // the legacy PDF glyph for ư
        var decomposed = Decompose(c);
        var first = decomposed[0];
        if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(first) != UnicodeCategory.NonSpacingMark)
            return char.ToLowerInvariant(first);
        return char.ToLowerInvariant(decomposed.Length == 1 ? first : c);
    }

    private static string Decompose(char c)
    {
        try { return c.ToString().Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return c.ToString(); }
    }
}
