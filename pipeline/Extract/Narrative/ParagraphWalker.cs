using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// Reads one paragraph of running text left to right. Each figure takes the unit, index, criterion and year last named
/// before it (a year in brackets after "so với năm Y" is Y's); ranks and rank changes attach to the figure of their
/// clause, or make a figure of their own when the clause states no level. A figure whose unit, index or year cannot
/// be told is not emitted: a warning names the line. Approximations, changes, ranges and other indices' figures are
/// never levels.
/// </summary>
internal sealed partial class ParagraphWalker(ParagraphBlock p, DocumentState doc, ReadSink sink)
{
    private readonly string folded = FoldedText.Of(p.Text);
    private readonly List<Draft> drafts = [];
    private readonly List<(RankToken? Rank, RankChangeToken? Change, UnitToken? Unit, int UnitSerial, int? Year)> pending = [];
    private readonly Stack<(int? Year, Draft? Current, int? Compared, UnitToken? Unit, int UnitSerial, string? Index, CriterionToken? Criterion)> parens = new();
    private string? index;
    private CriterionToken? criterion;
    private UnitToken? unit;
    private int? year, compared;
    private Dictionary<int, int> totals = [];
    private int skipValueAt = -1;
    private int? lastCompared;
    private int unitEnd;
    private int unitSerial, topicSerial;
    private Draft? current;
    private RankToken? forward;
    private bool measuredSentence;

    /// <summary>A criterion named in this sentence ("điểm đánh giá tác động … đạt 31,19/38,5 điểm"): when the sentence
    /// gives it no figure, it does not hand it on to the next sentence's ranks.</summary>
    private bool named;
    private int sentenceStart, sentenceEnd = int.MaxValue, unitSentenceStart = -1;
    private List<int> unitAts = [], endAts = [];
    private readonly List<ValueToken> deferred = [];
    private readonly HashSet<int> across = [];
    private readonly List<(RankToken? Rank, RankChangeToken? Change)> carried = [];

    /// <summary>Where the last "từ …" figure ended: a year written right after it is that figure's, not the clause's.</summary>
    private int fromEnd = -1;

    public void Read()
    {
        var found = NumberTokens.Scan(p.Text, folded).Concat(SubjectTokens.Scan(p.Text, folded, doc.Districts)).ToList();
        var ranksAt = found.OfType<RankToken>().Select(r => r.At).ToHashSet();
        var tokens = found.Concat(NumberTokens.AfterUnits(folded, found.OfType<UnitToken>(), ranksAt))
            .OrderBy(t => t.At).ThenBy(t => t is MarkToken ? 1 : 0).ToList();
        ForwardAcross(tokens);
        unitAts = tokens.OfType<UnitToken>().Select(u => u.At).ToList();
        endAts = tokens.OfType<MarkToken>().Where(m => m.Mark == '.').Select(m => m.At).Append(folded.Length).ToList();
        // Sorted positions, searched by halves, and a total per sentence: scanned per figure, a 1 MB paragraph of short
        // sentences was quadratic (the long fuzz run: b01 repeated, 15 s).
        unitAts.Sort();
        endAts.Sort();
        totals = tokens.OfType<TotalToken>().GroupBy(t => FullSentence(t.At)).ToDictionary(g => g.Key, g => g.First().Total);
        if (doc.LeadIn && ListItem().IsMatch(p.Text)) (unit, unitSentenceStart) = (doc.LastUnit, -2);
        criterion = doc.HeadingCriterion;
        if (IsHeading(tokens)) { doc.HeadingCriterion = tokens.OfType<CriterionToken>().FirstOrDefault(); return; }
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = Forwarded(tokens, i);
            Take(token);
            if (token is RankToken { From: true } or ValueToken { From: true }) fromEnd = token.End;
        }
        sentenceEnd = folded.Length;
        EndSentence();
        foreach (var d in drafts) Emit(d);
        // "Về Chỉ số PAR Index, …" opens a topic the paragraphs after it keep until another index is named.
        if (TopicOpening().Match(folded) is { Success: true } opening && tokens.OfType<IndexToken>().FirstOrDefault() is { } first
            && first.At <= opening.Length + 2 && first.Code != IndexToken.Other)
            doc.TopicIndex = first.Code;
        else if (tokens.OfType<IndexToken>().Any()) doc.TopicIndex = null;
        // A lead-in ending in ':' gives its index to the list items after it ("các chỉ số thành phần như sau:").
        if (ListItem().IsMatch(p.Text)) return;
        doc.LastIndex = index ?? doc.LastIndex;
        doc.LastUnit = unit?.Unit is not null ? unit : doc.LastUnit;
        doc.LeadIn = p.Text.TrimEnd().EndsWith(':');
    }

    private void Take(Token token)
    {
        if (token is ValueToken or RankToken or RankChangeToken) figureSinceIndex = true;
        // "chỉ số công tác chỉ đạo điều hành đứng thứ 51; chỉ số tổ chức thực hiện … đứng thứ 41": a clause with a subject of
        // its own that the reader does not know does not take the criterion of the clause before it.
        if (token is ValueToken or RankToken && !named && criterion is not null && criterion != doc.HeadingCriterion && !UnitInSentence()
            && OwnSubject().IsMatch(folded[sentenceStart..token.At])) unknownSubject = true;
        switch (token)
        {
            case MarkToken { Mark: '(' }: parens.Push((year, current, compared, unit, unitSerial, index, criterion)); break;
            case MarkToken { Mark: ')' } when parens.Count > 0: Close(); break;
            case MarkToken { Mark: 'c' } m: skipValueAt = m.End; break;
            case MarkToken { Mark: '.' } m: sentenceEnd = m.At; EndSentence(); sentenceStart = m.End; break;
            case IndexToken i: TakeIndex(doc.PoliceIndex && i.Code == IndexPhrases.ParIndex ? i with { Code = IndexToken.Other } : i); break;
            case CriterionToken c: (criterion, named) = (c, true); topicSerial++; break;
            case UnitToken u: TakeUnit(u); break;
            case YearToken { Compared: true } y: (compared, lastCompared) = (y.Year, y.Year); break;
            case YearToken y when fromEnd >= 0 && YearNext().Match(folded, fromEnd) is { Success: true } w && w.Index + w.Length == y.End: break;
            case YearToken y:
                if (current is { } cur && cur.Year != y.Year) current = null;
                (year, compared) = (y.Year, null);
                break;
            case ValueToken v when (partner ?? shared) is { } joint && Respectively().IsMatch(folded[Math.Max(0, v.At - 40)..v.At]):
                // "A và B … với số điểm lần lượt là 91,39 và 80,94": the first value is A's, the next B's.
                var (self, serial) = (unit, unitSerial);
                (unit, unitSerial, partner, shared) = (joint.Unit, joint.Serial, null, null);
                TakeValue(v);
                (unit, unitSerial, current) = (self, serial, null);
                break;
            case ValueToken v when shared is { } both && Together().IsMatch(folded[unitEnd..v.At]):
                // "huyện Châu Thành và huyện Hòn Đất cùng có số điểm cao nhất, đạt 91 điểm": the level is both units'.
                TakeValue(v);
                var (own, ownSerial) = (unit, unitSerial);
                (unit, unitSerial, shared) = (both.Unit, both.Serial, null);
                current = null;
                TakeValue(v);
                (unit, unitSerial, current) = (own, ownSerial, null);
                break;
            case ValueToken v: partner = null; TakeValue(v); break;
            case RankToken r when NumberTokens.InTarget(folded, r.At): break;
            case RankToken { From: true } r when Earlier(r.End) is { } before && unit?.Unit is not null && Topic() is { } t:
                drafts.Add(new Draft(unit, t.Index, t.Criterion, t.Written, before, unitSerial, topicSerial, r.At) { Rank = r, End = r.End });
                break;
            case RankToken { From: true }: break;
            case RankToken { Forward: true } r: forward = r; break;
            case RankToken r when current is { Rank: null } c && c.UnitSerial == unitSerial && c.TopicSerial == topicSerial: (c.Rank, c.End) = (r, r.End); break;
            case RankToken r when Arrival(r) is { } later: pending.Add((r, null, unit, unitSerial, later)); break;
            case RankToken r:
                pending.Add((r, null, unit, unitSerial, year));
                if (partner is { } pt) pending.Add((r, null, pt.Unit, pt.Serial, year));
                (shared, partner) = (partner, null);
                break;
            case RankChangeToken c when NumberTokens.InTarget(folded, c.At): break;
            case RankChangeToken { ComparedYear: { } cy } c when (year ?? doc.MeasuredYear) is { } y0 && cy != y0 - 1: break;
            case RankChangeToken c when current is { RankChange: null } d && d.UnitSerial == unitSerial: (d.RankChange, d.End) = (c.Change, c.End); break;
            case RankChangeToken c: pending.Add((null, c, unit, unitSerial, year)); break;
        }
    }

    private void Close()
    {
        var restoreUnit = parens.Peek().UnitSerial != unitSerial;
        if (restoreUnit) Flush();
        (year, current, compared, var before, var serial, var outerIndex, var outerCriterion) = parens.Pop();
        if (restoreUnit) (unit, unitSerial) = (before, serial);
        if (outerIndex != index || outerCriterion != criterion) (index, criterion, topicSerial) = (outerIndex, outerCriterion, topicSerial + 1);
        compared = null;
    }

    /// <summary>The longest gap "cả nước về" can fill: without it, each index of a 1 MB paragraph sliced the text after
    /// every rank pending (issue 14's long fuzz run: a read past 10 minutes).</summary>
    private const int AboutGap = 64;

    private void TakeIndex(IndexToken i)
    {
        // With no unit yet ("Đứng vị trí thứ 2 về Chỉ số CCHC năm 2021, Bắc Trà My …") the rank waits for the unit named next.
        var about = unit?.Unit is null ? [] : pending.Where(x => x.UnitSerial == unitSerial && (x.Rank?.End ?? x.Change!.End) is var end
            && i.At - end <= AboutGap && About().IsMatch(folded[end..i.At])).ToList();
        // Each removal is a pass over every rank pending: only when one goes (thousands of ranks with no unit, each followed by
        // an index, were quadratic: 1.2 s of a 1 MB paragraph).
        if (about.Count > 0) pending.RemoveAll(about.Contains);
        // "xếp vị trí quán quân ở trên cả 4 bảng xếp hạng chỉ số quan trọng: Chỉ số CCHC (PAR Index), Chỉ số hài lòng (SIPAS),
        // PCI và PGI": the rank is each listed index's.
        var boarded = unit?.Unit is null ? [] : pending.Where(x => x.UnitSerial == unitSerial && x.Rank is not null && x.Rank.End <= i.At
            && i.At - x.Rank.End <= 400 && Boards().IsMatch(folded[x.Rank.End..i.At])).ToList();
        if (boarded.Count > 0) pending.RemoveAll(boarded.Contains);
        boards.AddRange(boarded.Select(x => (x.Rank!, x.Year)));
        // "… là Sở TT&TT với PARI đạt 95,20%": the index named again, with no criterion in force, goes on with the same figure.
        if (i.Code != index || criterion is not null) topicSerial++;
        index = i.Code;
        criterion = null;
        if (i.Year is { } y) year = y;
        if (i.Code != IndexToken.Other) measuredSentence = true;
        // "công bố Chỉ số CCHC năm 2023 (PAR INDEX) … và Chỉ số hài lòng … (SIPAS). Theo đó, Nam Định đạt 87,32": after two
        // indices listed with no figure between them, a figure that names neither is of an index that cannot be told.
        if (i.Code != IndexToken.Other && i.Code != lastIndexCode | figureSinceIndex) // "(SIPAS)" after its own name changes nothing
        {
            listed = lastIndexEnd >= sentenceStart && !figureSinceIndex && lastIndexCode is { } before && before != i.Code
                && ListJoin().IsMatch(folded[lastIndexEnd..i.At]);
            (lastIndexEnd, lastIndexCode, figureSinceIndex) = (i.End, i.Code, false);
        }
        // A change said just before that rank ("hai năm liên tiếp giữ vị trí thứ 3 về Chỉ số CCHC") goes with it.
        var changes = about.Count == 0 ? [] : pending.Where(x => x.Rank is null && x.UnitSerial == unitSerial).ToList();
        if (changes.Count > 0) pending.RemoveAll(changes.Contains);
        foreach (var x in about) Bind(x.Rank, x.Change ?? changes.FirstOrDefault(c => c.Year == x.Year).Change, x.Year);
        if (i.Code != IndexToken.Other) foreach (var (rank, at) in boards) Bind(rank, null, at, (i.Code, IndexPhrases.Overall, ""));
    }

    private bool listed, figureSinceIndex, unknownSubject;

    private bool UnitInSentence() => unitSentenceStart == sentenceStart;
    private int lastIndexEnd = -1;
    private string? lastIndexCode;

    /// <summary>Ranks said of every index a list after "bảng xếp hạng" names, until the sentence ends.</summary>
    private readonly List<(RankToken Rank, int? Year)> boards = [];

    /// <summary>"xếp thứ 18 cả nước về Chỉ số CCHC và thứ 4 về Chỉ số Hài lòng": a rank just before "về" + an index is that index's.</summary>
    private void Bind(RankToken? rank, RankChangeToken? change, int? at, (string Index, string Criterion, string Written)? listedTopic = null)
    {
        var when = at ?? year ?? doc.MeasuredYear;
        if (unit?.Unit is null || (listedTopic ?? Topic()) is not { } topic || when is null) return;
        var d = New(unit, topic, rank?.At ?? change!.At, when);
        (d.Rank, d.RankChange, d.End) = (rank, change?.Change, rank?.End ?? change!.End);
        drafts.Add(d);
    }

    private void TakeUnit(UnitToken u)
    {
        Carry();
        Flush();
        var (before, beforeSerial) = (unit, unitSerial);
        unit = Resolve(u);
        unitSerial++;
        partner = before?.Unit is not null && unit?.Unit is not null && unitEnd <= u.At && Joint().IsMatch(folded[unitEnd..u.At])
            && !drafts.Any(d => d.UnitSerial == beforeSerial) ? (before, beforeSerial) : null;
        criterion = doc.HeadingCriterion;
        current = null;
        if (forward is { } r && unit?.Unit is not null && Topic() is { } t)
        {
            current = New(unit, t, r.At);
            current.Rank = r;
            drafts.Add(current);
        }
        forward = null;
        if (carried.Count > 0 && unit?.Unit is not null && Topic() is { } ct)
        {
            current = New(unit, ct, carried.Min(x => x.Rank?.At ?? x.Change!.At));
            current.Rank = carried.Select(x => x.Rank).FirstOrDefault(r => r is not null);
            current.RankChange = carried.Select(x => x.Change?.Change).FirstOrDefault(c => c is not null);
            current.End = carried.Max(x => x.Rank?.End ?? x.Change!.End);
            drafts.Add(current);
            carried.Clear();
        }
        unitSentenceStart = sentenceStart;
        unitEnd = u.End;
        var waiting = deferred.ToList();
        deferred.Clear();
        foreach (var v in waiting) TakeValue(v);
    }

    private UnitToken? Resolve(UnitToken u) =>
        u.Kind == SubjectTokens.AverageKind
            ? unit?.Kind == SubjectTokens.ProvincesGroup && unitSentenceStart == sentenceStart
                ? u with { Unit = Units.National, Kind = Units.NationalKind }
            // "đối với khối sở, ban, ngành cấp tỉnh, Chỉ số cải cách hành chính bình quân đạt 85,41%": the block's average.
            : DepartmentsBlock().IsMatch(folded[sentenceStart..u.At]) && Units.ByName(DepartmentAverage) is { } average
                ? u with { Unit = average.Canonical, Kind = average.Kind }
            // "Kết quả cho thấy: Chỉ số hài lòng trung bình đạt 83,94%" in the Ministry's announcement for all provinces (a
            // text of several provinces, no department or district): the country's average.
            : !doc.HasSubUnits && !doc.SingleProvince && doc.Province is null && unitSentenceStart != sentenceStart
                && IndexAverage().IsMatch(folded[Math.Max(0, u.At - 40)..u.At])
                ? u with { Unit = Units.National, Kind = Units.NationalKind }
            : u with { Unit = null, Kind = "group" }
        : !u.Generic ? Named(u)
        : u.Kind == Units.ProvinceKind ? ((doc.Province ?? SentenceProvince(u.At) ?? doc.Focus ?? OnlyProvinceSoFar()) is { } pr ? u with { Unit = pr, Province = pr } : u)
        : doc.Issuer is { } issuer ? u with { Unit = issuer, Kind = Subjects.KindOf(issuer), Province = doc.Province } : u;

    /// <summary>"Chỉ số Par Index của tỉnh" after figures of one province only ("Chỉ số Par Index năm 2017 của Đắk Lắk đạt
    /// 75,37 điểm … (Lâm Đồng: 48 điểm, …)"): that province, when the headline names none.</summary>
    private string? OnlyProvinceSoFar()
    {
        // The observations are read once each across the document (doc.ProvincesSeenUpTo), not again for every "của tỉnh".
        for (; doc.ProvincesSeenUpTo < sink.Observations.Count; doc.ProvincesSeenUpTo++)
            if (sink.Observations[doc.ProvincesSeenUpTo] is { UnitKind: Units.ProvinceKind } o) doc.ProvincesSeen.Add(o.Unit);
        return doc.ProvincesSeen.Count == 1 ? doc.ProvincesSeen.First() : null;
    }

    /// <summary>
    /// "tiếp theo là huyện Đak Pơ với 80,34 điểm, Kông Chro với 79,85 điểm": a name the reader does not know, next in a list
    /// whose item before it is a district ("huyện …") with its own level, is a district of the same kind.
    /// </summary>
    private UnitToken? NextInList(Group name, int offset)
    {
        if (unit is not { Kind: "district", Unit: { } previous } || !previous.StartsWith("UBND huyện ", StringComparison.Ordinal)
            || current is not { Value: not null } d || d.UnitSerial != unitSerial
            || Units.MatchProvince(name.Value) is not null || UnitNames.Canonical(Units.Key(name.Value)) is not null) return null;
        var at = offset + name.Index;
        return new UnitToken(at, at + name.Length, $"UBND huyện {name.Value}", "district", unit.Province);
    }

    /// <summary>The publisher's province for a sub-unit, unless its sentence names another province ("Thái Nguyên: Sở Công
    /// Thương tiếp tục dẫn đầu…" in a row of related headlines).</summary>
    private string? PublisherFor(int at) =>
        (otherProvinceSentences ??= namedProvinces.Where(x => x.Name != doc.Publisher).Select(x => FullSentence(x.At)).ToHashSet())
            .Contains(FullSentence(at)) ? null : doc.Publisher;

    /// <summary>The sentences naming a province other than the publisher's, found once when the drafts are emitted (after
    /// the walk, so every province of the paragraph is known).</summary>
    private HashSet<int>? otherProvinceSentences;

    private const string DepartmentAverage = "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh";

    /// <summary>The provinces named so far, with where: "của tỉnh" in a text of several provinces is the one its sentence named.</summary>
    private readonly List<(int At, string Name)> namedProvinces = [];

    private UnitToken Named(UnitToken u)
    {
        if (u.Kind == Units.ProvinceKind && u.Unit is { } name) namedProvinces.Add((u.At, name));
        return u;
    }

    /// <summary>"Riêng tỉnh Khánh Hòa, … ; còn SIPAS 2021 của tỉnh …": the one province named earlier in the same full sentence.</summary>
    private string? SentenceProvince(int at)
    {
        var here = namedProvinces.Where(x => FullSentence(x.At) == FullSentence(at)).Select(x => x.Name).Distinct().ToList();
        return here.Count == 1 ? here[0] : null;
    }

    private void TakeValue(ValueToken v)
    {
        if (v.Role != ValueRole.Level || (skipValueAt >= 0 && v.At - skipValueAt is >= 0 and <= 4)) return;
        if (v.Target) { Target(v); return; }
        if (Topic() is not { } topic) return;
        if (unitSentenceStart != sentenceStart && UnitLaterInSentence(v.At)) { deferred.Add(v); return; }
        // The name stands right before the level: 120 characters are enough, and a long sentence is not sliced per level.
        if (Math.Max(Math.Max(unitEnd, sentenceStart), v.At - 120) is var from && from < v.At && UnknownName().Match(p.Text[from..v.At]) is { Success: true } unknown)
        {
            if (NextInList(unknown.Groups["name"], from) is not { } next) return;
            TakeUnit(next);
        }
        var who = unit ?? DefaultUnit();
        if (who?.Unit is null) { sink.Warn(p.Line, ExtractMessages.UnitUnknown, p.Text); return; }
        var when = v.From ? Earlier(v.End) : parens.Count > 0 && compared is { } c ? c : year ?? doc.MeasuredYear;
        if (v.From && when is null) return;
        if (when is null) { sink.Warn(p.Line, ExtractMessages.YearUnknown, p.Text); return; }
        if (current is { } d && d.UnitSerial == unitSerial && d.TopicSerial == topicSerial && d.Year == when)
        {
            if (d.Value is null || d.Points && !v.Points) { (d.Value, d.Points, d.End) = (v.Number, v.Points, v.End); return; }
            if (d.Value == v.Number || !d.Points && v.Points) return;
        }
        current = New(who, topic, v.At, when);
        (current.Value, current.Points, current.End) = (v.Number, v.Points, v.End);
        foreach (var (rank, change, _, serial, _) in pending.Where(x => x.UnitSerial == unitSerial && (x.Year is null || x.Year == when)))
        {
            if (rank is not null && current.Rank is null) current.Rank = rank;
            if (change is not null && current.RankChange is null) current.RankChange = change.Change;
        }
        pending.RemoveAll(x => x.UnitSerial == unitSerial && (x.Year is null || x.Year == when));
        drafts.Add(current);
    }

    private void Target(ValueToken v)
    {
        var who = unit?.Unit is not null ? unit : DefaultTargetUnit();
        var when = year ?? doc.PlanYear;
        if (Topic() is not { } topic || who?.Unit is null || when is null) { sink.Warn(p.Line, NarrativeMessages.TargetUnclear, p.Text); return; }
        var province = who.Province ?? doc.Province;
        sink.Targets.Add(new Target(who.Unit, who.Kind, province, when.Value, topic.Index, topic.Criterion, v.Number, "plan",
            p.Text[Math.Max(0, v.At - 60)..v.End].Trim(), Source(v.At, v.End)));
    }

    /// <summary>
    /// The year of the first figure of "từ A lên B": the year written right after it ("từ vị trí thứ 11 năm 2021"), else the
    /// year compared with when the clause names one ("so với năm 2020"), else the year before the clause's own ("SIPAS
    /// 2021 … tăng từ 81,82% lên 84,4%": the indices are yearly).
    /// </summary>
    private int? Earlier(int end) =>
        YearNext().Match(folded, end) is { Success: true } written ? int.Parse(written.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)
        : lastCompared ?? ((year ?? doc.MeasuredYear) is { } y ? y - 1 : null);

    /// <summary>
    /// "Đứng vị trí thứ 2 về Chỉ số CCHC năm 2021, Bắc Trà My tiếp tục vươn lên vị trí thứ 1 trên bảng xếp hạng … năm 2022":
    /// the place a unit rose to is of the later year its sentence names after it, not of the year in force.
    /// </summary>
    private int? Arrival(RankToken r)
    {
        if (year is not { } now || !RoseTo().IsMatch(folded[Math.Max(0, r.At - 30)..r.At])) return null;
        var end = EndAt(r.End);
        return LaterYear().Match(folded[r.End..end]) is { Success: true } m && int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) is var y && y > now
            ? y : null;
    }

    /// <summary>The index and criterion in force, or null when none is (or it is another index).</summary>
    private (string Index, string Criterion, string Written)? Topic()
    {
        var code = index ?? doc.OnlyIndex ?? (doc.LeadIn && ListItem().IsMatch(p.Text) ? doc.LastIndex : null) ?? doc.TopicIndex
            ?? (criterion?.Scope is IndexPhrases.Sipas or IndexPhrases.ParIndex ? criterion.Scope : null);
        if (code is null or IndexToken.Other || listed || unknownSubject) return null;
        if (criterion is null) return (code, IndexPhrases.Overall, "");
        var key = criterion.Scope == code ? criterion.Key
            : code == IndexPhrases.ParIndex && criterion.Key == "procedures" ? "par_procedures"
            : code == IndexPhrases.Sipas && criterion.Key == "par_procedures" ? "procedures" : null;
        return key is null ? null : (code, key, criterion.Written);
    }

    /// <summary>
    /// "- Lĩnh vực Cải cách thể chế": a short paragraph with no number, a heading; its criterion (or none) is the criterion
    /// of the paragraphs under it ("Đạt 9,42/10 điểm, chỉ số đạt 94,15%, xếp thứ 22/63").
    /// </summary>
    private bool IsHeading(List<Token> tokens) =>
        p.Text.Length <= 90 && !p.Text.TrimEnd().EndsWith(':') && !tokens.Any(t => t is ValueToken or RankToken or RankChangeToken or UnitToken)
        && p.Text.TrimStart().TrimStart('-', '+', '•', '*', '–').TrimStart() is var words
        && !NumberInText().IsMatch(words[Math.Min(3, words.Length)..]); // "- ab": the bullet-less text may be shorter than 3

    /// <summary>"Với kết quả 90,23%, tỉnh Thái Nguyên xếp thứ 2": a level before the sentence names its unit waits for it.</summary>
    private bool UnitLaterInSentence(int at)
    {
        var end = EndAt(at);
        var next = unitAts.BinarySearch(at + 1);
        var first = next >= 0 ? next : ~next;
        return first < unitAts.Count && unitAts[first] < end;
    }

    /// <summary>Where the sentence holding a position ends (endAts holds the text's length last).</summary>
    private int EndAt(int at)
    {
        var i = endAts.BinarySearch(at);
        return endAts[i >= 0 ? i : ~i];
    }

    /// <summary>The unit of a figure whose paragraph names none: the document's one province, or the one its headline
    /// names, in a text about no department or district.</summary>
    private UnitToken? DefaultUnit() =>
        !doc.HasSubUnits && (doc.SingleProvince ? doc.Province : doc.Focus) is { } pr ? new UnitToken(0, 0, pr, Units.ProvinceKind, pr) : null;

    private UnitToken? DefaultTargetUnit() =>
        doc.Issuer is { } i ? new UnitToken(0, 0, i, Subjects.KindOf(i), doc.Province)
        : doc.SingleProvince && doc.Province is { } pr ? new UnitToken(0, 0, pr, Units.ProvinceKind, pr) : null;

    private Draft New(UnitToken who, (string Index, string Criterion, string Written) topic, int at, int? when = null) =>
        new(who, topic.Index, topic.Criterion, topic.Written, when ?? year ?? doc.MeasuredYear ?? 0, unitSerial, topicSerial, at);

    /// <summary>Ranks left without a level become figures of their own (a rank alone is a figure).</summary>
    private void Flush()
    {
        foreach (var group in pending.GroupBy(x => (x.UnitSerial, x.Year)))
        {
            // A paragraph naming no unit ranks the document's one province, for the year the document measures only.
            // So does a rank of the year before in brackets after that province's own figure ("giảm 5 bậc (năm 2023 đứng thứ 48/63)").
            var who = group.First().Unit
                ?? (group.First().UnitSerial == 0 && (group.Key.Year is null || group.Key.Year == doc.MeasuredYear
                    || group.Key.Year == doc.MeasuredYear - 1 && drafts.Any(d => d.UnitSerial == 0)) ? DefaultUnit() : null);
            var when = group.Key.Year ?? doc.MeasuredYear;
            if (who?.Unit is null || Topic() is not { } topic || when is null) continue;
            var d = New(who, topic, group.Min(x => x.Rank?.At ?? x.Change!.At), when);
            d.Rank = group.Select(x => x.Rank).FirstOrDefault(r => r is not null);
            d.RankChange = group.Select(x => x.Change?.Change).FirstOrDefault(c => c is not null);
            d.End = group.Max(x => x.Rank?.End ?? x.Change!.End);
            drafts.Add(d);
        }
        pending.Clear();
    }

    private void EndSentence()
    {
        Flush();
        if (measuredSentence && year is { } y && !PlanWords().IsMatch(folded[sentenceStart..Math.Min(folded.Length, sentenceEnd)])
            && !Caption().IsMatch(folded, sentenceStart)) doc.MeasuredYear = y;
        (current, forward, compared, measuredSentence, lastCompared, partner, shared) = (null, null, null, false, null, null, null);
        if (named && criterion is not null && !drafts.Any(d => d.TopicSerial == topicSerial))
            (criterion, topicSerial) = (null, topicSerial + 1);
        named = false;
        unknownSubject = false;
        deferred.Clear();
        carried.Clear();
        parens.Clear();
        boards.Clear();
    }

    private void Emit(Draft d)
    {
        // A province's rank is of the country (of 63, or 34 from 2025): a rank of another total, or one without a total in
        // a sentence about a region ("Xét trong khu vực Tây Nguyên, tỉnh Kon Tum xếp thứ 2"), is not the index's rank.
        if (d.Unit.Kind == Units.ProvinceKind && (d.Rank?.Of is { } n && n is not (63 or 34)
            || d.Rank is { Of: null } && Region().IsMatch(SentenceBefore(d.Rank.At))))
        {
            if (d.Value is null && d.RankChange is null) return;
            d.Rank = null;
        }
        var total = d.Rank is null ? null : totals.TryGetValue(FullSentence(d.Rank.At), out var stated) ? stated : (int?)null;
        var rank = d.Rank is { Last: true } last ? (last.Of ?? total) : d.Rank?.Rank;
        var of = d.Rank is null ? null : d.Rank.Of ?? total;
        if (of is { } n2 && rank > n2) of = null; // a list's total smaller than the rank is not this rank's total
        if (d.Rank is { Last: true } && rank is null) d.Rank = null;
        if (d.Value is null && rank is null && d.RankChange is null) return;
        if (d.Year == 0) { sink.Warn(p.Line, ExtractMessages.YearUnknown, p.Text); return; }
        var province = d.Unit.Kind is Units.NationalKind or "ministry" ? null
            : d.Unit.Province ?? doc.Province ?? (d.Unit.Kind == Units.ProvinceKind ? null : PublisherFor(d.At));
        if (province is null && d.Unit.Kind is not (Units.NationalKind or "ministry")) { sink.Warn(p.Line, NarrativeMessages.ProvinceUnknown(d.Unit.Unit!), p.Text); return; }
        sink.Observations.Add(new Observation(d.Unit.Unit!, d.Unit.Kind, province, d.Year, d.Index, d.Criterion, d.Written, d.Value,
            rank, d.Rank is null ? null : of, d.RankChange, null, false, NarrativeMessages.Origin, Source(d.At, d.End)));
    }

    /// <summary>The full sentence (ended by ". ") up to a position, as written: what qualifies a rank comes before it.</summary>
    private string SentenceBefore(int at) =>
        p.Text[(FullSentence(at) is var n and > 0 ? Stops[n - 1] : 0)..at];

    /// <summary>Which sentence (ended by ". ", not by ";") a position is in: a list's total holds for its sentence.</summary>
    private int FullSentence(int at)
    {
        var i = Stops.BinarySearch(at);
        return i >= 0 ? i + 1 : ~i;
    }

    /// <summary>Where each full sentence ends (after its stop), found once per paragraph: asked per figure, a scan of the
    /// text before it made a long paragraph quadratic.</summary>
    private List<int> Stops => stops ??= FullStop().Matches(p.Text).Select(m => m.Index + m.Length).ToList();

    private List<int>? stops;

    private SourceRef Source(int at, int end) => new(sink.File, p.Line, Snippet.Around(p.Text, at, Math.Max(1, end - at)));
}
