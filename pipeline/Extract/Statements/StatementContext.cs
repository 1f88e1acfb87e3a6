using Analytics.Pipeline.Extract.Blocks;

namespace Analytics.Pipeline.Extract.Statements;

/// <summary>One statement to read figures from: a paragraph, or one cell of a table row (Source is then the whole
/// row and SourceOffset where the cell sits in it).</summary>
internal sealed record Statement(int Line, string Text, string Source, int SourceOffset)
{
    public static Statement Of(ParagraphBlock p) => new(p.Line, p.Text, p.Text, 0);
}

/// <summary>
/// What surrounds a statement: the document's defaults (subject, index, plan year), the section it sits in (its index
/// and criterion, e.g. a table row "I | Tiêu chí 1: Mức độ tiếp cận dịch vụ"), and whether figures without an index
/// word are still about the index (a criterion heading row; list items after "… chỉ số hài lòng … như sau:").
/// </summary>
internal sealed record StatementContext(
    string File, string Origin, Subject DefaultSubject, string? Issuer, string? Province, int? PlanYear,
    string DefaultIndex, string? SectionIndex, string? SectionCriterion, string? SectionCriterionName,
    bool CriterionRow = false, bool LeadIn = false, int? LeadInYear = null)
{
    public const string PlanBody = "plan_body";
    public const string PlanAppendix = "plan_appendix";
}
