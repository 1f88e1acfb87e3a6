using System.Globalization;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>
/// Numbers as written in Vietnamese documents: comma decimals (<c>88,4</c>, <c>88,4%</c>), dot grouping
/// (<c>1.234,5</c>, <c>1.234</c>), dot decimals in English-style text (<c>85.67</c>), leading zeros (<c>07</c>).
/// Parsed with the invariant culture after rewriting, never with the current culture.
/// </summary>
public static class VnNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().TrimEnd('%').Trim();
        var sign = 1;
        if (s.StartsWith('-') || s.StartsWith('−')) { sign = -1; s = s[1..]; }
        else if (s.StartsWith('+')) s = s[1..];
        var canonical = Canonical(s);
        if (canonical is null) return false;
        if (!decimal.TryParse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) return false;
        value = sign * v;
        return true;
    }

    /// <summary>The number rewritten with '.' as the only separator (decimal), or null when it is not a number.</summary>
    private static string? Canonical(string s)
    {
        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ',')) return null;
        if (!char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return null;
        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots > 0 && commas > 0)
        {
            var decimalSep = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var groupSep = decimalSep == '.' ? ',' : '.';
            if (s.Count(c => c == decimalSep) > 1) return null;
            return Grouped(s.Split(decimalSep)[0], groupSep) is { } whole ? whole + "." + s.Split(decimalSep)[1] : null;
        }
        if (commas == 1) return s.Replace(',', '.');
        if (commas > 1) return Grouped(s, ',');
        if (dots == 1) return IsGroupedThousands(s, '.') ? s.Replace(".", "") : s;
        return dots > 1 ? Grouped(s, '.') : s;
    }

    // "1.234" in Vietnamese text is one thousand two hundred thirty-four: one group of exactly three digits.
    private static bool IsGroupedThousands(string s, char sep)
    {
        var parts = s.Split(sep);
        return parts.Length == 2 && parts[1].Length == 3 && parts[0].Length is >= 1 and <= 3 && parts[0] != "0";
    }

    private static string? Grouped(string s, char sep)
    {
        var parts = s.Split(sep);
        if (parts[0].Length is 0 or > 3 || parts.Skip(1).Any(p => p.Length != 3)) return null;
        return string.Concat(parts);
    }
}
