using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>What a section serves: its index and the criterion its heading names (the first one named: "… phản ánh kiến
/// nghị liên quan đến thủ tục hành chính" is about feedback), with the name as written.</summary>
internal sealed record SectionScope(string Index, IReadOnlyList<string> Criteria, string? CriterionName)
{
    public string? Criterion => Criteria.Count == 1 ? Criteria[0] : null;
}

/// <summary>
/// Reads section headings: "VIII. CẢI THIỆN CHỈ SỐ HÀI LÒNG" serves SIPAS; "Tiêu chí 1: Mức độ tiếp cận dịch vụ" serves
/// SIPAS access; "1. … nâng cao Chỉ số cải cách hành chính" serves PAR INDEX as a whole ("overall"); in a PAR INDEX plan
/// or section, a heading naming one of its components ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH") serves that component. Only
/// criteria of the section's own index count. A heading naming no index inherits from the headings above it, then from
/// the document.
/// </summary>
internal static partial class Sections
{
    /// <summary>The scope of a chain of headings (outermost first).</summary>
    public static SectionScope Scope(IReadOnlyList<string> chain, string defaultIndex)
    {
        var index = chain.Reverse().Select(IndexOf).FirstOrDefault(i => i is not null) ?? defaultIndex;
        foreach (var heading in chain.Reverse())
        {
            if (index == IndexPhrases.Sipas && IndexOf(heading) is null) continue;
            var words = HeadingWords(heading);
            var own = IndexPhrases.Specific(words).Where(k => IndexPhrases.ScopeOf(k) == index).ToList();
            if (own.Count == 0) continue;
            // A PAR component heading names no figure's subject: PAR INDEX figures stay overall (FigureFrames).
            var name = index == IndexPhrases.Sipas ? FigureFrames.SubjectPhrase(words) : null;
            return new SectionScope(index, [own[0]], name);
        }
        return new SectionScope(index, [IndexPhrases.Overall], null);
    }

    /// <summary>The index a heading names itself, or null: an index mention, or a numbered SIPAS criterion ("Tiêu chí 2: …").</summary>
    public static string? IndexOf(string heading)
    {
        var words = HeadingWords(heading);
        if (IndexPhrases.FirstIndex(words) is { } code) return code;
        var folded = FoldedText.Of(words);
        return IndexPhrases.NumberedCriterion(folded)
            ? IndexPhrases.Specific(words).Select(IndexPhrases.ScopeOf).FirstOrDefault(s => s is not null) : null;
    }

    /// <summary>A heading without its number and without a trailing remark in brackets: "I. Tiêu chí 1: Mức độ tiếp cận
    /// dịch vụ (Đây là …)" → "Tiêu chí 1: Mức độ tiếp cận dịch vụ".</summary>
    public static string HeadingWords(string heading)
    {
        var text = NumberPrefix().Replace(heading.Trim(), "");
        var remark = TrailingRemark().Match(text);
        return (remark.Success && remark.Index > 0 ? text[..remark.Index] : text).Trim().TrimEnd(':', '.', ' ');
    }

    [GeneratedRegex(@"^(?:[IVXLC]{1,5}[.)]?\s+|\d{1,2}(?:\.\d{1,2})*(?:[.)]\s*|\s+))")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex TrailingRemark();
}
