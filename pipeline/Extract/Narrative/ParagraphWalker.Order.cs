namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>Which unit a rank belongs to when the text names it after the rank: "thứ 2 là tỉnh Thái Nguyên", "đứng đầu là A,
/// tiếp đến là B, C", "Xếp vị trí thứ 2/63 là …", "A và B đứng đầu".</summary>
internal sealed partial class ParagraphWalker
{
    /// <summary>A rank without a total right before a unit names that unit ("thứ 2 là tỉnh Thái Nguyên", "thứ 3 tỉnh Hải
    /// Dương"); a unit right before "công bố", "ban hành" publishes the figures and is not their subject.</summary>
    private Token Forwarded(List<Token> tokens, int i)
    {
        var next = NextOutsideBrackets(tokens, i);
        return tokens[i] switch
        {
            RankToken r when across.Contains(r.At) => r with { Forward = true },
            RankToken { Of: null } r when next is UnitToken u && u.At >= r.End && u.At - r.End <= 12 && Gap().IsMatch(folded[r.End..u.At])
                && !(OwnClause(tokens, i) && BarePunctuation().IsMatch(folded[r.End..u.At])) => r with { Forward = true },
            RankToken r => r with { Forward = r.Forward && r.Of is null && Gap().IsMatch(folded[r.End..Math.Min(folded.Length, r.End + 5)]) && next is UnitToken },
            UnitToken { Kind: "group" } u when i > 0 && tokens[i - 1] is RankToken or RankChangeToken && u.At - tokens[i - 1].End <= 3
                => new MarkToken(u.At, u.At, ','),
            UnitToken { Kind: "group" } u when RankVerb().IsMatch(folded[Math.Max(0, u.At - 20)..u.At]) => new MarkToken(u.At, u.At, ','),
            UnitToken { Kind: "group" or SubjectTokens.ProvincesGroup } u when InTotal().IsMatch(folded[Math.Max(0, u.At - 20)..u.At]) => new MarkToken(u.At, u.At, ','),
            UnitToken { Comparison: true } u => next is MarkToken { Mark: '(' } open && open.At - u.End <= 3
                ? new MarkToken(u.At, u.At, ',') : new MarkToken(u.At, u.End, 'c'),
            UnitToken u when Scope().IsMatch(folded[Math.Max(0, u.At - 25)..u.At]) => new MarkToken(u.At, u.At, ','),
            UnitToken u when Publisher().IsMatch(folded[u.End..Math.Min(folded.Length, u.End + 30)]) => new MarkToken(u.At, u.At, ','),
            var t => t,
        };
    }

    /// <summary>The first token after token i that is not a bracket. Bracket runs are skipped once for the whole walk:
    /// looked for from every token, a paragraph of 40,000 "(" (b01's "Hóa (Ảnh minh họa" repeated to 1 MB, issue 14's
    /// long fuzz run) rescanned the run after each of them, 15 s.</summary>
    private Token? NextOutsideBrackets(List<Token> tokens, int i)
    {
        if (beyond < i + 1) beyond = i + 1;
        while (beyond < tokens.Count && tokens[beyond] is MarkToken { Mark: '(' or ')' }) beyond++;
        return beyond < tokens.Count ? tokens[beyond] : null;
    }

    private int beyond;

    /// <summary>"Sở Xây dựng xếp vị trí cuối cùng- thứ 21, Ban Dân tộc thứ 20": a rank in the clause of the unit before it
    /// (no comma between them) is that unit's, though only a comma stands between it and the next unit.</summary>
    private bool OwnClause(List<Token> tokens, int i) =>
        LastUnitBefore(tokens, i) is { Unit: not null } u && u.End <= tokens[i].At
        && folded.IndexOfAny([',', ';', ':', '.'], u.End, tokens[i].At - u.End) < 0;

    /// <summary>The last unit before token i, found by walking forward once: looking back from every rank made a long
    /// paragraph quadratic (the long fuzz run: a 0.9 MB paragraph read in 9 s instead of 4).</summary>
    private UnitToken? LastUnitBefore(List<Token> tokens, int i)
    {
        for (; scanned < i; scanned++) if (tokens[scanned] is UnitToken u) lastUnit = u;
        return lastUnit;
    }

    private int scanned;
    private UnitToken? lastUnit;

    /// <summary>
    /// "Dẫn đầu khối sở là Thanh tra tỉnh", "dẫn đầu về Chỉ số CCHC là Sở TT&amp;TT": a rank without a total, then words with
    /// no number or punctuation ending in "là", names what follows "là"; a group on the way ("khối UBND cấp huyện") only
    /// says where the rank holds. When no known unit follows "là" ("là ban Quản lý dự án…"), the subject is unknown: what
    /// follows is nobody's, not the unit of an earlier sentence.
    /// </summary>
    private void ForwardAcross(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not RankToken { Of: null, From: false } r) continue;
            var m = Across().Match(folded, r.End, Math.Min(folded.Length - r.End, 80));
            if (!m.Success) continue;
            var named = m.Index + m.Length;
            var j = tokens.FindIndex(i + 1, t => t.At >= named || t is ValueToken or RankToken or RankChangeToken or YearToken or MarkToken { Mark: '.' });
            for (var k = i + 1; k < (j < 0 ? tokens.Count : j); k++) if (tokens[k] is UnitToken g) tokens[k] = new MarkToken(g.At, g.At, ',');
            across.Add(r.At);
            if (j >= 0 && tokens[j] is UnitToken { Unit: not null } u && u.At >= named && UnitPrefix().IsMatch(folded[named..u.At]))
            {
                if (r is { Rank: 1, Last: false }) InOrder(tokens, j);
                continue;
            }
            tokens.Insert(j < 0 ? tokens.Count : j, new UnitToken(named, named, null, UnitNames.UnnamedKind, null));
        }
    }

    /// <summary>
    /// "đứng đầu là Công an tỉnh, tiếp đến là Bảo hiểm xã hội, Cục Thuế, Kho bạc Nhà nước và Cục Hải quan", "5 vị trí đứng
    /// đầu lần lượt là: Sở Tài chính, Văn phòng UBND tỉnh, …": the units named after the first place, apart only by commas,
    /// "và", "tiếp đến là", take the places after it in order. A number, a word of anything else or the sentence's end
    /// closes the list.
    /// </summary>
    private void InOrder(List<Token> tokens, int first)
    {
        var (place, previous) = (1, (UnitToken)tokens[first]);
        for (var k = first + 1; k < tokens.Count; k++)
        {
            if (tokens[k] is MarkToken { Mark: ',' }) continue;
            if (tokens[k] is not UnitToken { Unit: not null } next || !ListGap().IsMatch(folded[previous.End..next.At])) return;
            place++;
            var rank = new RankToken(next.At, next.At, place, null, false, true);
            tokens.Insert(k, rank);
            across.Add(rank.At);
            (previous, k) = (next, k + 1);
        }
    }

    /// <summary>"Sở Giao thông vận tải và huyện Ia Grai đứng đầu …": two units joined by "và", with no figure of the
    /// first before the second, share the rank that follows them.</summary>
    private (UnitToken Unit, int Serial)? partner, shared;

    /// <summary>
    /// "Xếp vị trí thứ 2/63 là tỉnh Bà Rịa - Vũng Tàu", "Nằm ở vị trí cuối bảng … là Ban Quản lý Khu kinh tế": a sentence
    /// that opens with a rank, before it names any unit, ranks the unit it names next, not the last sentence's unit.
    /// </summary>
    private void Carry()
    {
        if (unitSentenceStart == sentenceStart) return;
        var opening = pending.Where(x => x.UnitSerial == unitSerial && x.Rank is not null && x.Rank.At >= sentenceStart).ToList();
        if (opening.Count == 0) return;
        var from = opening.Min(x => x.Rank!.At);
        var moved = pending.Where(x => x.UnitSerial == unitSerial && (x.Rank?.At ?? x.Change!.At) >= from).ToList();
        pending.RemoveAll(moved.Contains);
        carried.AddRange(moved.Select(x => (x.Rank, x.Change)));
    }
}
