using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Repairs words split across a line break by hyphenation, keeping the number of lines (and so every line's page and
/// confidence): the start of the next line is moved up to the end of the split word. A soft hyphen (U+00AD) always
/// splits a word. A hyphen after a letter splits a word when the next line starts in lower case and one of the two
/// parts cannot be a Vietnamese syllable on its own (no vowel: "chín-" + "h", "ng-" + "hiệm") or the break falls between
/// two vowels ("nghi-" + "ệm"). Otherwise it is a real hyphen ("kinh tế-" + "xã hội", "e-" + "mail") and stays; the
/// layout pass then joins the lines without a space. A sentence broken mid-line is left to the layout pass.
/// </summary>
internal static class Hyphenation
{
    private const char SoftHyphen = '\u00AD';

    public static IReadOnlyList<DecodedLine> Repair(IReadOnlyList<DecodedLine> lines)
    {
        var result = lines.ToList();
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (line, next) = (result[i].Text.TrimEnd(), result[i + 1].Text.TrimStart());
            if (!Splits(line, next)) continue;
            var cut = next.IndexOfAny([' ', '\t']);
            var head = cut < 0 ? next : next[..cut];
            result[i] = result[i] with { Text = line[..^1] + head };
            result[i + 1] = result[i + 1] with { Text = cut < 0 ? "" : next[(cut + 1)..] };
        }
        return result;
    }

    /// <summary>Whether <paramref name="line"/> ends with the first part of a word whose rest starts <paramref name="next"/>.</summary>
    public static bool Splits(string line, string next)
    {
        if (line.Length < 2 || next.Length == 0 || !char.IsLetter(next[0])) return false;
        if (line[^1] == SoftHyphen) return true;
        if (line[^1] != '-' || !char.IsLetter(line[^2]) || !char.IsLower(next[0])) return false;
        var before = TrailingLetters(line[..^1]);
        var after = LeadingLetters(next);
        return !HasVowel(before) || !HasVowel(after) || IsVowel(before[^1]) && IsVowel(after[0]);
    }

    private static string TrailingLetters(string text)
    {
        var start = text.Length;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text[start..];
    }

    private static string LeadingLetters(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text[..end];
    }

    private static bool HasVowel(string part) => part.Any(IsVowel);

    /// <summary>A Vietnamese vowel, with or without its marks (ă â ê ô ơ ư and the five tones): its base letter is a vowel.</summary>
    private static bool IsVowel(char c)
    {
        var baseLetter = c.ToString().Normalize(NormalizationForm.FormD)[0];
        return "aeiouyAEIOUY".Contains(baseLetter) && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter;
    }
}
