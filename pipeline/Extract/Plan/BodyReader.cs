using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Header;
using Analytics.Pipeline.Extract.Statements;

namespace Analytics.Pipeline.Extract.Plan;

/// <summary>
/// Reads the figures of running text, paragraph by paragraph, each in its section's context. A paragraph ending
/// "… chỉ số hài lòng … năm 2024, cụ thể như sau:" (or "Các tiêu chí thành phần … như sau:") makes the list items after
/// it figures of the index for that year.
/// </summary>
internal static class BodyReader
{
    public static void Read(IReadOnlyList<OutlinedParagraph> outline, PlanMeta meta, ReadSink sink)
    {
        var leadIn = false;
        int? leadInYear = null;
        foreach (var op in outline)
        {
            var p = op.Paragraph;
            var item = op.Self is null && Paragraphs.StartsItem(p.Text);
            if (!item) leadIn = false;
            var scope = Sections.Scope(op.Chain.Select(h => h.Text).ToList(), meta.DefaultIndex);
            var origin = p.Line >= meta.AppendixLine ? StatementContext.PlanAppendix : StatementContext.PlanBody;
            var ctx = new StatementContext(sink.File, origin, meta.DefaultSubject, meta.Issuer, meta.Province, meta.Year,
                meta.DefaultIndex, scope.Index, scope.Criterion, scope.CriterionName, false, leadIn && item, leadIn ? leadInYear : null);
            StatementReader.Read(Statement.Of(p), ctx, sink);
            if (op.Self is null && p.Text.EndsWith(':') && FoldedText.Of(p.Text) is var folded && IsLeadIn(folded))
                (leadIn, leadInYear) = (true, FigureFrames.LastYear(folded));
        }
    }

    /// <summary>"… chỉ số hài lòng … như sau:", or criteria with their year ("Các tiêu chí thành phần năm 2023 như sau:").</summary>
    private static bool IsLeadIn(string folded) =>
        IndexPhrases.Mentions(folded).Count > 0 || (IndexPhrases.SpeaksOfIndex(folded) && FigureFrames.LastYear(folded) is not null);
}
