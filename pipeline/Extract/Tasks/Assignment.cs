using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Tasks;

/// <summary>
/// Reads who leads and who coordinates from an assignment text: "Văn phòng Sở chủ trì, phối hợp với các phòng,
/// Trung tâm có liên quan tiếp tục …" → lead "Văn phòng Sở", partners "các phòng, Trung tâm có liên quan";
/// "Thanh tra Sở chủ trì; các phòng, đơn vị sở phối hợp thực hiện" → partners "các phòng, đơn vị sở".
/// </summary>
internal static partial class Assignment
{
    private const int MaxWords = 10;

    public static string? Lead(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = LeadRx().Match(FoldedText.Of(text));
        if (!m.Success) return null;
        var lead = Trim(text.Substring(m.Groups["who"].Index, m.Groups["who"].Length));
        return Plausible(lead) ? lead : null;
    }

    public static string? Partners(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = FoldedText.Of(text);
        var m = WithRx().Match(folded) is { Success: true } with ? with : TheyRx().Match(folded);
        if (!m.Success) return null;
        var partners = Trim(text.Substring(m.Groups["who"].Index, m.Groups["who"].Length));
        return partners.Split(' ').Length <= MaxWords ? partners : null;
    }

    /// <summary>A lead cell as written, without "chủ trì": "Văn phòng Sở chủ trì" → "Văn phòng Sở".</summary>
    public static string? Cell(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = FoldedText.Of(text);
        var at = folded.LastIndexOf(" chu tri", StringComparison.Ordinal);
        return Trim(at > 0 && folded[(at + 8)..].Trim().Length == 0 ? text[..at] : text);
    }

    private static bool Plausible(string lead) =>
        lead.Length > 0 && char.IsUpper(lead[0]) && lead.Split(' ').Length <= MaxWords;

    private static string Trim(string s) => s.Trim().TrimStart('-', '+', ' ').TrimEnd('.', ',', ';', ':', ' ');

    [GeneratedRegex(@"(?:^|[.;:]\s+|-\s*)(?<who>[^.;:\-]{2,80}?)\s+chu tri\b")]
    private static partial Regex LeadRx();

    [GeneratedRegex(@"chu tri\s*,?\s*phoi hop\s+(?:voi|cung)\s+(?<who>.+?)(?=\s+(?:tham muu|thuc hien|trien khai|lap|cap nhat|ra soat|to chuc|theo doi|tiep tuc|xay dung|de|trong|bao cao|don doc|kiem tra|huong dan|tien hanh)\b|[.;:]|$)")]
    private static partial Regex WithRx();

    [GeneratedRegex(@"chu tri\s*[,;]\s*(?<who>[^.;:]{2,80}?)\s+phoi hop\b")]
    private static partial Regex TheyRx();
}
