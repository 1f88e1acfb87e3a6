using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Header;

/// <summary>What a plan says about itself, and where its appendix starts (int.MaxValue when it has none).</summary>
internal sealed record PlanMeta(
    string Kind, string? Issuer, string? Province, int? Year, string? Number, DateOnly? IssuedOn,
    string? Title, int AppendixLine, Subject DefaultSubject, string DefaultIndex);

/// <summary>
/// Reads document metadata: kind (plan, appendix, plan+appendix), issuing unit, province, plan year, number and
/// issue date. When a body and its appendix disagree on number or date, the body's is kept and a warning names both.
/// </summary>
internal static class PlanMetadata
{
    private const int HeadParagraphs = 8;

    public static PlanMeta Read(IReadOnlyList<Block> blocks, ReadSink sink)
    {
        var paragraphs = blocks.OfType<ParagraphBlock>().ToList();
        var appendixLine = AppendixStart(blocks);
        var body = paragraphs.Where(p => p.Line < appendixLine).ToList();
        var annex = paragraphs.Where(p => p.Line >= appendixLine).ToList();
        var kind = appendixLine == int.MaxValue ? "plan" : body.Count > 0 ? "plan+appendix" : "appendix";

        var bodyNumber = body.Take(HeadParagraphs).Select(DocumentRefs.BodyNumber).FirstOrDefault(n => n is not null);
        var annexNumber = annex.Select(DocumentRefs.AnnexNumber).FirstOrDefault(n => n is not null);
        var placeDate = body.Take(HeadParagraphs).Select(DocumentRefs.PlaceDate).FirstOrDefault(d => d is not null);
        var annexRef = annex.FirstOrDefault(p => DocumentRefs.AnnexNumber(p) is not null || DocumentRefs.IsAnnexReference(p.Text));
        var annexDate = annexRef is null ? null : DocumentRefs.DateFrom(AfterKemTheo(annexRef.Text));
        Compare(sink, bodyNumber, annexNumber, placeDate?.Date, annexRef, annexDate?.Date);

        var title = Title(body.Count > 0 ? body : annex);
        var year = Year(title) ?? placeDate?.Year ?? annexDate?.Year;
        var issuer = Issuer(paragraphs, bodyNumber, annexNumber, title);
        var province = (placeDate is { } pd ? Units.MatchProvince(pd.Place) : null) ?? FirstProvince(blocks);
        var subject = DefaultSubject(title, issuer, province);
        return new PlanMeta(kind, issuer, province, year, bodyNumber?.Value ?? annexNumber?.Value,
            placeDate?.Date.Value ?? annexDate?.Date, title, appendixLine, subject,
            (title is null ? null : IndexPhrases.FirstIndex(title)) ?? IndexPhrases.Sipas);
    }

    private static string AfterKemTheo(string text)
    {
        var folded = FoldedText.Of(text);
        return folded[Math.Max(0, folded.IndexOf("kem theo", StringComparison.Ordinal))..];
    }

    /// <summary>The first line of the appendix: a "PHỤ LỤC" heading, or the capitalised heading above "(Kèm theo Kế hoạch …)".</summary>
    private static int AppendixStart(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ParagraphBlock p) continue;
            if (IsAppendixHeading(p.Text))
                return p.Line;
            if (!DocumentRefs.IsAnnexReference(p.Text)) continue;
            var start = i;
            while (start > 0 && blocks[start - 1] is ParagraphBlock above && Paragraphs.IsAllCaps(above.Text)) start--;
            return blocks[start].Line;
        }
        return int.MaxValue;
    }

    /// <summary>"PHỤ LỤC", "Phụ lục II", "PHỤ LỤC NỘI DUNG, NHIỆM VỤ …": a heading, not "(Theo phụ lục đính kèm)".</summary>
    private static bool IsAppendixHeading(string text) =>
        (text.StartsWith("PHỤ LỤC", StringComparison.Ordinal) || (text.StartsWith("Phụ lục", StringComparison.Ordinal) && text.Length <= 40));

    private static void Compare(ReadSink sink, Found<string>? bodyNumber, Found<string>? annexNumber,
        Found<DateOnly?>? bodyDate, ParagraphBlock? annexRef, DateOnly? annexDate)
    {
        if (bodyNumber is not null && annexNumber is not null && Fold.Key(bodyNumber.Value) != Fold.Key(annexNumber.Value))
            sink.Warn(annexNumber.Line, ExtractMessages.NumberDisagrees(bodyNumber.Line, bodyNumber.Value, annexNumber.Line, annexNumber.Value));
        if (bodyDate?.Value is { } bd && annexRef is not null && annexDate is { } ad && bd != ad)
            sink.Warn(annexRef.Line, ExtractMessages.DateDisagrees(bodyDate.Line, bd, annexRef.Line, ad));
    }

    /// <summary>The paragraph after the "KẾ HOẠCH" (or "PHỤ LỤC") heading.</summary>
    private static string? Title(IReadOnlyList<ParagraphBlock> paragraphs)
    {
        for (var i = 0; i + 1 < paragraphs.Count; i++)
            if (paragraphs[i].Text.Length < 20 && Fold.Key(paragraphs[i].Text) is "ke hoach" or "phu luc") return paragraphs[i + 1].Text;
        return paragraphs.FirstOrDefault(p => IndexPhrases.FirstIndex(p.Text) is not null)?.Text;
    }

    /// <summary>The year a title names first ("… năm 2025"), or null.</summary>
    private static int? Year(string? title) => title is null ? null : FigureFrames.FirstYear(FoldedText.Of(title));

    private static string? Issuer(IReadOnlyList<ParagraphBlock> paragraphs, Found<string>? bodyNumber, Found<string>? annexNumber, string? title)
    {
        var suffixes = paragraphs.Select(DocumentRefs.Suffix).Where(s => s is not null);
        return suffixes.Select(Units.MatchUnit).FirstOrDefault(u => u is not null)
            ?? (title is not null && Subjects.Named(title, null, null) is { UnitKind: not Subjects.Province } named ? named.Unit : null)
            ?? paragraphs.Take(HeadParagraphs * 2).Select(p => Units.MatchUnit(p.Text)).FirstOrDefault(u => u is not null);
    }

    private static string? FirstProvince(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var texts = block switch
            {
                ParagraphBlock p => [p.Text],
                TableBlock t => t.Rows.SelectMany(r => r.Cells).Select(TextNormalizer.Clean),
                _ => Enumerable.Empty<string>(),
            };
            foreach (var text in texts)
            {
                var at = FoldedText.Of(text).IndexOf("tinh ", StringComparison.Ordinal);
                if (at >= 0 && Units.MatchProvince(WholeChars(text, at, 40)) is { } province) return province;
            }
        }
        return null;
    }

    private static Subject DefaultSubject(string? title, string? issuer, string? province)
    {
        var folded = title is null ? "" : FoldedText.Of(title);
        var mention = IndexPhrases.Mentions(folded).FirstOrDefault();
        if (mention is not null && Subjects.Named(title![mention.End..], issuer, province) is { } named) return named;
        if (issuer is not null) return new Subject(issuer, Subjects.KindOf(issuer), province);
        return province is not null ? new Subject(province, Subjects.Province, province) : new Subject("", "other", null);
    }

    // Up to `length` characters from `at`, never ending in half a surrogate pair.
    private static string WholeChars(string text, int at, int length)
    {
        var end = Math.Min(text.Length, at + length);
        return text[at..(end > at && end < text.Length && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end)];
    }
}
