using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>Text made fit for a chart (numbers are formatted by Model.VnFormat).</summary>
public static class DisplayText
{
    /// <summary>
    /// Text fit for display: invalid UTF-16, control and format characters (bidi overrides, zero-width) removed,
    /// whitespace collapsed, then NFC.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                sb.Append(ch).Append(text[++i]);
            else if (char.IsWhiteSpace(ch)) sb.Append(' ');
            else if (Keeps(ch)) sb.Append(ch);
        }
        var words = sb.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    private static bool Keeps(char ch) => !char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not '\uFFFE' and not '\uFFFF'
        && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.Format;
}
