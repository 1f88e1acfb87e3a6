using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// Reads running text that is not a plan — press reports, decisions, reports, directives — into figures and targets.
/// Every figure names its own unit (or the province or issuer the user gave, or the one province the text speaks
/// of); the year measured is the one the text states for it, never the year of publication. Never throws.
/// </summary>
internal static partial class NarrativeReader
{
    public static Extraction Parse(string file, IReadOnlyList<string> lines, ResultsDefaults? defaults)
    {
        var sink = new ReadSink(file);
        var paragraphs = Layout.Build(FlatTable.KeepRankCells(SourceLines.Read(lines))).OfType<ParagraphBlock>().ToList();
        var all = string.Join("\n", paragraphs.Select(x => x.Text));
        var folded = FoldedText.Of(all);
        var subjects = SubjectTokens.Scan(all, folded).ToList();
        var provinces = subjects.OfType<UnitToken>()
            .Where(u => u.Kind == Units.ProvinceKind && !u.Generic && !Where().IsMatch(folded[Math.Max(0, u.At - 12)..u.At]))
            .Select(u => u.Unit!).Distinct().ToList();
        var province = defaults?.Province ?? (provinces.Count == 1 ? provinces[0] : null);
        // An index named in brackets ("(gồm Chỉ số SIPAS đạt 8,5/10 điểm; …)" in a PAR INDEX text) is an aside, not a topic.
        // A text about the Công an nhân dân's own index: its "chỉ số cải cách hành chính" is that index, not PAR INDEX.
        var police = SubjectTokens.NamesPoliceIndex(folded);
        var bracketed = InBrackets(folded, subjects.OfType<IndexToken>().Select(i => i.At));
        var indices = subjects.OfType<IndexToken>().Where(i => !bracketed.Contains(i.At)).Select(i => i.Code)
            .Where(c => c != IndexToken.Other && !(police && c == IndexPhrases.ParIndex)).Distinct().ToList();
        // "Chủ tịch UBND tỉnh Thanh Hóa đã ban hành Quyết định … công bố xếp hạng … các sở": the one province whose UBND the
        // text names is the province of the departments and districts it ranks, when the user gave none.
        var publishers = subjects.OfType<UnitToken>()
            .Where(u => u.Kind == Units.ProvinceKind && !u.Generic && UbndBefore().IsMatch(folded[Math.Max(0, u.At - 20)..u.At]))
            .Select(u => u.Unit!).Distinct().ToList();
        var planYear = PlanYear(folded);
        // "Chỉ số CCHC năm 2023" named with one year only, headline before lede: that year is measured from the first line.
        var indexYears = subjects.OfType<IndexToken>()
            .Where(i => i.Code != IndexToken.Other && i.Year is not null && i.Year != planYear).Select(i => i.Year).Distinct().ToList();
        DocumentState State(int? measured) => new(province, defaults?.Issuer, indices.Count == 1 ? indices[0] : null,
            provinces.Count <= 1 && province is not null)
        {
            PlanYear = planYear,
            MeasuredYear = measured,
            HasSubUnits = subjects.OfType<UnitToken>().Any(u => u.Kind is "department" or "district" or "vertical_agency"),
            Focus = Headline(paragraphs),
            Districts = KnownNames.Of(subjects.OfType<UnitToken>(), province),
            PoliceIndex = police,
            Publisher = publishers.Count == 1 ? publishers[0] : null,
        };
        var doc = State(indexYears.Count == 1 ? indexYears[0] : null);
        var yearFrom = Walk(paragraphs, 0, paragraphs.Count, doc, sink);
        // A headline above the lede that states its year ("Sở TT&TT An Giang và TP. Long Xuyên hạng nhất Chỉ số hài lòng…")
        // is read again with that year: its figures are of the year the text measures.
        if (yearFrom is ({ } first, > 0 and var before))
        {
            var again = new ReadSink(file);
            Walk(paragraphs, 0, before, State(first), again);
            var headline = paragraphs.Take(before).Select(x => x.Line).ToHashSet();
            sink.Observations.RemoveAll(o => headline.Contains(o.Source.Line));
            sink.Targets.RemoveAll(t => headline.Contains(t.Source.Line));
            sink.Findings.RemoveAll(f => headline.Contains(f.Line));
            sink.Observations.AddRange(again.Observations);
            sink.Targets.AddRange(again.Targets);
            sink.Findings.AddRange(again.Findings);
        }
        if (defaults?.Province is { } given && !provinces.Contains(given) && sink.Observations.Concat<object>(sink.Targets).Any())
            sink.Warn(1, NarrativeMessages.ProvinceGiven(given));
        var info = new DocumentInfo(file, "", Kind(folded), defaults?.Issuer, province,
            sink.Observations.Select(o => (int?)o.Year).Max() ?? doc.PlanYear, null, null, "", 0);
        return new Extraction(info, RankTotals.Fill(sink.Observations, folded).OrderBy(o => o.Source.Line).ToList(),
            sink.Targets.DistinctBy(t => (t.Unit, t.Year, t.IndexCode, t.Criterion, t.TargetPct)).ToList(), [],
            sink.Findings.OrderBy(f => f.Line).ToList());
    }

    /// <summary>Reads paragraphs [from, to); returns the year the document measures as first stated, when it states figures of it, and
    /// the index of the paragraph that stated it, when no year was known before it.</summary>
    private static (int Year, int Paragraph)? Walk(List<ParagraphBlock> paragraphs, int from, int to, DocumentState doc, ReadSink sink)
    {
        (int, int)? first = null;
        for (var i = from; i < to; i++)
        {
            var (known, at) = (doc.MeasuredYear is not null, i);
            if (FlatTable.Read(paragraphs, i, doc, sink) is > 0 and var taken) i += taken - 1;
            else new ParagraphWalker(paragraphs[i], doc, sink).Read();
            if (!known && first is null && doc.MeasuredYear is { } y) first = (y, at);
        }
        // Only a year the text states figures of from there on is the headline's: a year named beside a change whose
        // year cannot be told ("Năm 2022, … tăng 7 bậc so với cùng kỳ") is not.
        return first is var (year, paragraph) && sink.Observations.Any(o => o.Year == year && o.Source.Line >= paragraphs[paragraph].Line)
            ? first : null;
    }

    /// <summary>Which of the positions stand inside brackets of their line, in one pass over the text (scanning each
    /// position's line made a 0.9 MB one-line text quadratic: 9 s instead of 3 in the long fuzz run).</summary>
    private static HashSet<int> InBrackets(string folded, IEnumerable<int> positions)
    {
        var inside = new HashSet<int>();
        var (depth, i) = (0, 0);
        foreach (var at in positions.Order())
        {
            for (; i < at; i++) depth = folded[i] == '\n' ? 0 : folded[i] == '(' ? depth + 1 : folded[i] == ')' ? Math.Max(0, depth - 1) : depth;
            if (depth > 0) inside.Add(at);
        }
        return inside;
    }

    /// <summary>The one province the headline names: the first of the first three paragraphs of some length that names a
    /// province, when it names exactly one ("Chỉ số PAR index và SIPAS 2019 của Tiền Giang được cải thiện").</summary>
    private static string? Headline(List<ParagraphBlock> paragraphs)
    {
        foreach (var p in paragraphs.Where(p => p.Text.Trim().Length >= 20).Take(3))
        {
            var folded = FoldedText.Of(p.Text);
            var named = SubjectTokens.Scan(p.Text, folded).OfType<UnitToken>()
                .Where(u => u.Kind == Units.ProvinceKind && !u.Generic && !Where().IsMatch(folded[Math.Max(0, u.At - 12)..u.At]))
                .Select(u => u.Unit!).Distinct().ToList();
            if (named.Count > 0) return named.Count == 1 ? named[0] : null;
        }
        return null;
    }

    /// <summary>
    /// A plan whose own reader found no figure (a province's plan quoting the Ministry's ranking of several provinces) keeps
    /// its metadata and tasks and takes the figures and targets of its running text.
    /// </summary>
    public static Extraction Complete(Extraction plan, IReadOnlyList<string> lines, ResultsDefaults? defaults)
    {
        if (plan.Observations.Count + plan.Targets.Count > 0) return plan;
        var given = (defaults ?? new ResultsDefaults()) with { Issuer = defaults?.Issuer ?? plan.Document.Issuer };
        var text = Parse(plan.Document.SourceFile, lines, given);
        return plan with { Observations = text.Observations, Targets = text.Targets, Findings = [.. plan.Findings, .. text.Findings] };
    }

    /// <summary>A plan is read by the plan parser: a "KẾ HOẠCH" or "PHỤ LỤC" heading line, or a table.</summary>
    public static bool IsPlan(IReadOnlyList<string> lines) =>
        lines.Take(60).Any(l => PlanHeading().IsMatch(l.Trim())) || lines.Count(l => l.Contains('\t') || l.TrimStart().StartsWith('|')) >= 3;

    private static string Kind(string folded) =>
        KindWord().Match(folded) is { Success: true } m ? m.Groups[1].Value switch
        {
            "quyet dinh" => "decision",
            "chi thi" => "directive",
            "bao cao" => "report",
            _ => "plan",
        } : "press";

    private static int? PlanYear(string folded) =>
        PlanYearPhrase().Match(folded) is { Success: true } m ? int.Parse(m.Groups["y"].Value) : null;

    [GeneratedRegex(@"^(?:#+\s*)?(?:\*\*)?(?:KẾ HOẠCH|PHỤ LỤC)(?:\*\*)?(?:\s|$)")]
    private static partial Regex PlanHeading();

    /// <summary>"tại Hà Nội", "ở Hà Nội": where something happened, not what is measured.</summary>
    [GeneratedRegex(@"\b(?:tai|o)\s*$")]
    private static partial Regex Where();

    [GeneratedRegex(@"\b(?:ubnd|uy ban nhan dan)\s*$")]
    private static partial Regex UbndBefore();

    [GeneratedRegex(@"^\s*(quyet dinh|chi thi|bao cao|ke hoach)\b")]
    private static partial Regex KindWord();

    [GeneratedRegex(@"\b(?:phan dau|muc tieu|ke hoach)[^.;]{0,80}?\bnam\s+(?<y>20[12]\d)\b")]
    private static partial Regex PlanYearPhrase();
}
