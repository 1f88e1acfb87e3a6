using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Glossary;

/// <summary>Folds Vietnamese text to a comparison key: lower case, no diacritics, đ→d, punctuation → space.</summary>
public static class Fold
{
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Replace('ƣ', 'ư').Replace('Ƣ', 'Ư').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastSpace = true;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = raw switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(raw) };
            if (char.IsLetterOrDigit(c) || c == '&') { sb.Append(c); lastSpace = false; }
            else if (!lastSpace) { sb.Append(' '); lastSpace = true; }
        }
        return sb.ToString().TrimEnd();
    }
}
