using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Export.Charts;

/// <summary>Vietnamese number and text formatting, with the culture always stated (never the thread's).</summary>
public static class ViFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A percentage as documents write it: 85,67% · 88,4% · 90%.</summary>
    public static string Pct(decimal value) => Number(value) + "%";

    /// <summary>A number with up to two decimals and a comma: 85,67 · 1.234,5.</summary>
    public static string Number(decimal value) => Math.Round(value, 2).ToString("#,0.##", Culture);

    /// <summary>A signed change in points: +1,47 · −4,33 (true minus sign) · 0.</summary>
    public static string Signed(decimal value) => value switch
    {
        > 0 => "+" + Number(value),
        < 0 => "−" + Number(-value),
        _ => "0",
    };

    /// <summary>A rank as "7/18", or "7" when the field size is unknown.</summary>
    public static string Rank(int rank, int? of) => of is { } n ? $"{rank}/{n}" : rank.ToString(Culture);

    /// <summary>A date as dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

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
