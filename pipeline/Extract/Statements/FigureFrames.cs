using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>How a figure's surroundings read: whether it is about an index at all, and what about.</summary>
internal sealed record Resolution(
    FigureFrame Frame, bool Inherited, int? YearInSegment, bool TargetWords, bool ProvinceAssigned, bool SubDomain,
    string? ConflictMessage);

/// <summary>
/// Decides what a percentage is about from the segment of text before it (since the previous figure): the last
/// index mention ("Chỉ số hài lòng của Sở Công Thương đạt …"), a numbered criterion ("Tiêu chí 1: Mức độ tiếp cận
/// dịch vụ đạt …"), the section it sits in, or the previous figure of the same clause. Figures with none of these
/// (e.g. "100% hồ sơ") are not index figures: null.
/// </summary>
internal static partial class FigureFrames
{
    public static Resolution? Resolve(Statement st, string folded, int segStart, int at, StatementContext ctx, FigureFrame? previous)
    {
        var fseg = folded[segStart..at];
        var mentions = IndexPhrases.Mentions(fseg);
        var mention = mentions.LastOrDefault();
        var colon = fseg.LastIndexOf(':');
        var afterColon = colon >= 0 && fseg[(colon + 1)..].Any(char.IsLetter) ? colon + 1 : 0;
        var windowStart = segStart + (mention?.At ?? afterColon);
        var window = st.Text[windowStart..at];
        var specific = IndexPhrases.Specific(window);
        var own = mention is not null || (specific.Count > 0 && (IndexPhrases.NumberedCriterion(fseg) || IndexPhrases.IndexOfCriterion(window)));
        var inherited = !own && previous is not null && !OtherMeasure().IsMatch(fseg);
        if (!own && !inherited && !ctx.CriterionRow && !(ctx.LeadIn && specific.Count > 0)) return null;

        var index = mention?.Code ?? specific.Select(IndexPhrases.ScopeOf).FirstOrDefault(s => s is not null)
            ?? (inherited ? previous!.Index : null) ?? ctx.SectionIndex ?? ctx.DefaultIndex;
        var (criterion, written, conflict) = Criterion(window, specific, index, ctx, inherited ? previous : null);
        var subject = (mention is not null ? Subjects.Named(st.Text[(segStart + mention.End)..at], ctx.Issuer, ctx.Province) : null)
            ?? (inherited ? previous!.Subject : ctx.DefaultSubject);
        return new Resolution(new FigureFrame(subject, index, criterion, written), inherited, LastYear(fseg),
            TargetWords().IsMatch(fseg), ProvinceAssigned().IsMatch(fseg), SubDomain().IsMatch(fseg), conflict);
    }

    /// <summary>Every "năm 2024" of folded text with its position.</summary>
    public static IReadOnlyList<(int At, int Year)> Years(string folded) =>
        Year().Matches(folded).Select(m => (m.Index, int.Parse(m.Groups["year"].Value))).ToList();

    /// <summary>The first "năm 2024" in folded text, or null.</summary>
    public static int? FirstYear(string folded) =>
        Year().Match(folded) is { Success: true } m ? int.Parse(m.Groups["year"].Value) : null;

    /// <summary>The last "năm 2024" in folded text, or null.</summary>
    public static int? LastYear(string folded) =>
        Year().Matches(folded).LastOrDefault() is { } m ? int.Parse(m.Groups["year"].Value) : null;

    private static (string Key, string Written, string? Conflict) Criterion(
        string window, IReadOnlyList<string> specific, string index, StatementContext ctx, FigureFrame? previous)
    {
        var phrase = SubjectPhrase(window);
        if (index == IndexPhrases.ParIndex) return (IndexPhrases.Overall, phrase.Length > 0 ? phrase : ctx.SectionCriterionName ?? "", null);
        if (specific.Count > 0)
        {
            var conflict = ctx.CriterionRow && ctx.SectionCriterion is { } heading && heading != specific[0]
                ? ExtractMessages.CriterionDisagrees(ctx.SectionCriterionName ?? heading, heading, phrase, specific[0]) : null;
            return (specific[0], phrase, conflict);
        }
        if (ctx.SectionCriterion is not null) return (ctx.SectionCriterion, ctx.SectionCriterionName ?? phrase, null);
        if (previous is not null) return (previous.Criterion, previous.CriterionAsWritten, null);
        return (IndexPhrases.Overall, phrase, null);
    }

    /// <summary>The name of what is measured, as written: labels and list marks dropped, cut before the verb ("đạt", "tăng", …).</summary>
    public static string SubjectPhrase(string window)
    {
        var text = window;
        var colon = text.LastIndexOf(':');
        if (colon >= 0 && text[(colon + 1)..].Any(char.IsLetter)) text = text[(colon + 1)..];
        var folded = FoldedText.Of(text);
        var lead = LeadingMarks().Match(folded).Length;
        (text, folded) = (text[lead..], folded[lead..]);
        if (VerbOrParen().Match(folded) is { Success: true } cut) (text, folded) = (text[..cut.Index], folded[..cut.Index]);
        if (TrailingQualifier().Match(folded) is { Success: true } trail) text = text[..trail.Index];
        text = text.Trim().TrimEnd(',', ';', ':', '-', ' ');
        if (text.Length <= 160) return text;
        // At the last space within 160 characters; a phrase without one (a run of symbols) is cut there, never inside a surrogate pair.
        var space = text.LastIndexOf(' ', 160);
        return text[..(space > 0 ? space : char.IsLowSurrogate(text[160]) ? 159 : 160)];
    }

    [GeneratedRegex(@"^[\s\-+•(]*(?:[ivx]{1,4}\)\s*)?(?:[a-z]\)\s*)?(?:nam\s+\d{4}\s*,?\s*)?")]
    private static partial Regex LeadingMarks();

    [GeneratedRegex(@"\(|\s(?:dat|la|tang|giam|phan dau|toi thieu|it nhat|xep hang|nam\s+\d{4}|trong nam|vao nam)\b")]
    private static partial Regex VerbOrParen();

    [GeneratedRegex(@"\s+(?:tren|tu|toi thieu|it nhat)\s*$")]
    private static partial Regex TrailingQualifier();

    [GeneratedRegex(@"\bnam\s+(?<year>(?:19|20)\d{2})\b")]
    private static partial Regex Year();

    /// <summary>Words that introduce another measure ("tỷ lệ hồ sơ …"), which a figure must not inherit the index for.</summary>
    [GeneratedRegex(@"\b(?:ty le|ho so|so luong|giai ngan|van ban)\b")]
    private static partial Regex OtherMeasure();

    [GeneratedRegex(@"phan dau|chi tieu|muc tieu")]
    private static partial Regex TargetWords();

    [GeneratedRegex(@"(?:ubnd|uy ban nhan dan)\s+tinh\s+giao|tinh\s+giao\b")]
    private static partial Regex ProvinceAssigned();

    [GeneratedRegex(@"\brieng\b")]
    private static partial Regex SubDomain();
}
