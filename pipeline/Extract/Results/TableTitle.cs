using System.Text.RegularExpressions;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>What a title above a table says: "KẾT QUẢ CHỈ SỐ HÀI LÒNG … NĂM 2024 … TỈNH KHÁNH HÒA".</summary>
public sealed record TableContext(string? Province, int? Year, string? IndexCode);

public static partial class TableTitle
{
    public static TableContext Read(string? title) => new(Units.MatchProvince(title), Year(title), IndexNames.Mentioned(title));

    /// <summary>The year after 'năm' (not a date's 'tháng 3 năm 2025'), else the first 20xx, or null.</summary>
    public static int? Year(string? title)
    {
        var key = Fold.Key(title);
        var named = NamedYear().Matches(key).FirstOrDefault(m => !m.Groups["month"].Success);
        var match = named ?? AnyYear().Match(key);
        return match.Success ? int.Parse(match.Groups["year"].Value) : null;
    }

    [GeneratedRegex(@"(?<month>thang \d{1,2} )?nam (?<year>20\d{2})\b")]
    private static partial Regex NamedYear();

    [GeneratedRegex(@"\b(?<year>20\d{2})\b")]
    private static partial Regex AnyYear();
}
