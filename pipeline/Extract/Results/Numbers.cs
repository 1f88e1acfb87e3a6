using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>Percentages and ranks as written: '85,67', '85.67 %', '1.234,5'; '7', '7/18'. Blank or a dash is no value.</summary>
public static partial class Numbers
{
    /// <summary>False when the text is not a number; <paramref name="value"/> null when the cell is blank.</summary>
    public static bool TryPct(string? text, out decimal? value)
    {
        value = null;
        var t = Strip(text).Replace("%", "");
        if (IsBlank(t)) return true;
        var comma = t.LastIndexOf(',');
        var dot = t.LastIndexOf('.');
        t = comma >= 0 && dot >= 0
            ? (comma > dot ? t.Replace(".", "").Replace(',', '.') : t.Replace(",", ""))
            : t.Replace(',', '.');
        if (!decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            return false;
        value = v;
        return true;
    }

    /// <summary>False when the text is not a rank; null parts when blank. '7/18' gives the total too.</summary>
    public static bool TryRank(string? text, out int? rank, out int? rankOf)
    {
        rank = rankOf = null;
        var t = Strip(text);
        if (IsBlank(t)) return true;
        var m = RankPattern().Match(t);
        if (!m.Success) return false;
        rank = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (m.Groups[2].Success) rankOf = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return rank > 0 && (rankOf is null || rankOf > 0);
    }

    /// <summary>A 4-digit year between 2000 and 2100, or null.</summary>
    public static int? Year(string? text) =>
        int.TryParse(Strip(text), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;

    public static bool IsBlank(string t) => t.Length == 0 || t is "-" or "–" or "—" or "x" or "X";

    private static string Strip(string? text) => (text ?? "").Replace('\u00A0', ' ').Replace(" ", "").Trim();

    [GeneratedRegex(@"^(?:hạng|thứ)?(\d{1,3})(?:\.0+)?(?:/(\d{1,3}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex RankPattern();
}
