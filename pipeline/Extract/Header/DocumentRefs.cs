using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Header;

/// <summary>A document number or date as found: the line it is on and the value (null when left blank).</summary>
internal sealed record Found<T>(int Line, T? Value);

/// <summary>
/// Reads document numbers ("Số: 1337/KH-SKHĐT", "Kèm theo Kế hoạch số: 23/KH-SCT") and dates ("Khánh Hòa, ngày 11
/// tháng 4 năm 2023", "ngày 4/ 4/2023"); a number or day left blank for signing reads as null.
/// </summary>
internal static partial class DocumentRefs
{
    /// <summary>The number on a "Số: …" line; Value is null when the digits are blank ("Số: /KH-SCT").</summary>
    public static Found<string>? BodyNumber(ParagraphBlock p) => NumberAt(p, BodyNumberRx().Match(FoldedText.Of(p.Text)));

    /// <summary>The plan number an appendix refers to ("(Kèm theo Kế hoạch số 133/KH-SKHDT …)").</summary>
    public static Found<string>? AnnexNumber(ParagraphBlock p) => NumberAt(p, AnnexNumberRx().Match(FoldedText.Of(p.Text)));

    /// <summary>Whether the paragraph is an appendix's reference line ("(Kèm theo Kế hoạch …", "(Ban hành kèm theo …").</summary>
    public static bool IsAnnexReference(string text) => AnnexStart().IsMatch(FoldedText.Of(text));

    /// <summary>The "Place, ngày … tháng … năm …" of a heading: the place as written and the date (null if the day is blank).</summary>
    public static (string Place, Found<DateOnly?> Date, int Year)? PlaceDate(ParagraphBlock p)
    {
        var folded = FoldedText.Of(p.Text);
        var m = PlaceDateRx().Match(folded);
        if (!m.Success) return null;
        var date = DateFrom(folded[m.Groups["date"].Index..]);
        return date is null ? null : (p.Text.Substring(m.Groups["place"].Index, m.Groups["place"].Length).Trim(), new(p.Line, date.Value.Date), date.Value.Year);
    }

    /// <summary>The first date in folded text after "ngày": the date when day and month are given, and the year.</summary>
    public static (DateOnly? Date, int Year)? DateFrom(string folded)
    {
        var m = DateRx().Match(folded);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value);
        if (!m.Groups["d"].Success || !m.Groups["m"].Success) return (null, year);
        var (day, month) = (int.Parse(m.Groups["d"].Value), int.Parse(m.Groups["m"].Value));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? (new DateOnly(year, month, day), year) : (null, year);
    }

    private static Found<string>? NumberAt(ParagraphBlock p, Match m)
    {
        if (!m.Success) return null;
        var digits = m.Groups["n"].Value;
        var suffix = p.Text.Substring(m.Groups["s"].Index, m.Groups["s"].Length).TrimEnd('.', '-');
        return new Found<string>(p.Line, digits.Length == 0 ? null : digits + "/" + suffix);
    }

    /// <summary>The issuing code after the slash ("KH-SCT"), found even when the digits are blank.</summary>
    public static string? Suffix(ParagraphBlock p)
    {
        var folded = FoldedText.Of(p.Text);
        var m = BodyNumberRx().Match(folded) is { Success: true } b ? b : AnnexNumberRx().Match(folded);
        return m.Success ? p.Text.Substring(m.Groups["s"].Index, m.Groups["s"].Length) : null;
    }

    [GeneratedRegex(@"^\s*so\s*[:.]?\s*(?<n>\d*)\s*/\s*(?<s>[a-z0-9][a-z0-9\-.]*)")]
    private static partial Regex BodyNumberRx();

    [GeneratedRegex(@"kem theo\s+ke hoach\s+so\s*[:.]?\s*(?<n>\d*)\s*/\s*(?<s>[a-z0-9][a-z0-9\-.]*)")]
    private static partial Regex AnnexNumberRx();

    [GeneratedRegex(@"^\s*\(?\s*(?:ban hanh\s+)?kem theo\s+(?:ke hoach|van ban|quyet dinh)")]
    private static partial Regex AnnexStart();

    [GeneratedRegex(@"(?<place>[a-z][a-z .]{1,40}),\s*(?<date>ngay\b)")]
    private static partial Regex PlaceDateRx();

    [GeneratedRegex(@"ngay\s*(?:(?<d>\d{1,2})\s*)?thang\s*(?:(?<m>\d{1,2})\s*)?nam\s*(?<y>\d{4})|ngay\s*(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex DateRx();
}
