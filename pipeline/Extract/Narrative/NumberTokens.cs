using System.Globalization;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// Finds the numbers of a paragraph in its folded text (lower case, no diacritics, same positions): levels and
/// changes in % or points, ranks in digits and in words, rank changes, years, list totals, parentheses and sentence ends.
/// </summary>
internal static partial class NumberTokens
{
    public static IEnumerable<Token> Scan(string original, string folded)
    {
        foreach (Match m in Value().Matches(folded)) if (ValueOf(folded, m) is { } v) yield return v;
        foreach (Match m in BareValue().Matches(folded))
            yield return new ValueToken(m.Groups["num"].Index, m.Index + m.Length, Number(m.Groups["num"].Value), true, ValueRole.Level, InTarget(folded, m.Index));
        foreach (Match m in Respective().Matches(folded))
            foreach (var g in new[] { m.Groups["a"], m.Groups["b"] })
                yield return new ValueToken(g.Index, g.Index + g.Length, Number(g.Value), m.Groups["pts"].Success, ValueRole.Level, InTarget(folded, g.Index));
        foreach (Match m in Rank().Matches(folded)) if (RankOf(original, folded, m) is { } r) yield return r;
        foreach (Match m in BracketRank().Matches(folded))
            if (int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) is >= 1 and var n && n <= int.Parse(m.Groups["of"].Value, CultureInfo.InvariantCulture))
                yield return new RankToken(m.Index + 1, m.Index + m.Length - 1, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["of"].Value, CultureInfo.InvariantCulture), false, false);
        foreach (Match m in RankWord().Matches(folded)) if (WordRank(folded, m) is { } r) yield return r;
        foreach (var r in Numbered(folded)) yield return r;
        foreach (Match m in FromTo().Matches(folded))
        {
            var (a, b) = (m.Groups["a"], m.Groups["b"]);
            var (ra, oa, rb, ob) = (Int(a, "n"), Int(a, "of"), Int(b, "n"), Int(b, "of"));
            if (ra < 1 || rb < 1 || ra > oa || rb > ob || oa > 200 || ob > 200) continue;
            yield return new RankToken(a.Index, a.Index + a.Length, ra, oa, false, false, From: true);
            yield return new RankToken(b.Index, b.Index + b.Length, rb, ob, false, false);
        }
        foreach (Match m in RankChange().Matches(folded)) yield return ChangeOf(m);
        foreach (Match m in Held().Matches(folded)) yield return new RankChangeToken(m.Index, m.Index + m.Length, 0);
        foreach (Match m in Year().Matches(folded))
            yield return new YearToken(m.Index, m.Index + m.Length, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Groups["cmp"].Success);
        foreach (Match m in Total().Matches(folded))
            yield return new TotalToken(m.Index, m.Index + m.Length, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        var depth = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] == '(') depth++;
            if (folded[i] == ')') depth = Math.Max(0, depth - 1);
            if (folded[i] is '(' or ')' || (depth == 0 && folded[i] is '.' or ';' or '!' or '?' && SentenceEnd(folded, i)))
                yield return new MarkToken(i, i + 1, folded[i] == '(' ? '(' : folded[i] == ')' ? ')' : '.');
        }
    }

    private static ValueToken? ValueOf(string folded, Match m)
    {
        var num = m.Groups["num"];
        var number = Number(num.Value);
        var end = m.Index + m.Length;
        var before = folded[Math.Max(0, num.Index - 40)..num.Index];
        var after = folded[end..Math.Min(folded.Length, end + 12)];
        var role = m.Groups["pp"].Success || ChangeBefore().IsMatch(before) || number > 100 ? ValueRole.Change
            : RangeBefore().IsMatch(before) || RangeAfter().IsMatch(after) ? ValueRole.Range
            : ApproxBefore().IsMatch(before) && !InTarget(folded, num.Index) ? ValueRole.Approximate
            : m.Groups["pts"].Success && (ScoreBefore().IsMatch(before) || ScaleAfter().IsMatch(after)) ? ValueRole.NotIndex
            : number < (m.Groups["pts"].Success ? 60 : 40) || Share().IsMatch(after) ? ValueRole.NotIndex
            : ValueRole.Level;
        return new ValueToken(num.Index, end, number, m.Groups["pts"].Success, role, InTarget(folded, num.Index), IsFrom(folded, num.Index, end));
    }

    /// <summary>"nằm thứ 5" is a rank, "năm thứ 13" (the 13th year) is not: the folded words are the same.</summary>
    private static bool IsNam(string original, int at) => original.Length > at + 1 && original[at + 1] is 'ằ' or 'Ằ';

    /// <summary>
    /// "lần lượt là: (1) Sở Tài chính đạt 90,05%, …, (3) Văn phòng UBND tỉnh đạt 90,02%": in a ranking list, a number in
    /// brackets before a name is its place. Two numbers at least, rising, after "lần lượt" or "xếp hạng" in the paragraph.
    /// </summary>
    private static IEnumerable<RankToken> Numbered(string folded)
    {
        var marks = NumberedPlace().Matches(folded).ToList();
        if (marks.Count < 2 || !RankingList().IsMatch(folded)) yield break;
        var places = marks.Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).ToList();
        if (places.Zip(places.Skip(1)).Any(x => x.Second <= x.First)) yield break;
        foreach (var m in marks)
            yield return new RankToken(m.Index, m.Index + m.Length, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), null, false, true);
    }

    [GeneratedRegex(@"(?<=^|[\s,;:])\((?<n>\d{1,2})\)(?=\s+\S)")]
    private static partial Regex NumberedPlace();

    [GeneratedRegex(@"\blan luot\b|\bxep hang\b|\bvi tri\b")]
    private static partial Regex RankingList();

    /// <summary>"Sở Xây dựng …, Ban Dân tộc thứ 20, Sở Tư pháp thứ 19": "thứ N" right after a unit's name is its rank.</summary>
    public static IEnumerable<RankToken> AfterUnits(string folded, IEnumerable<UnitToken> units, ISet<int> ranksAt)
    {
        foreach (var u in units)
            if (u.Unit is not null && UnitRank().Match(folded, u.End) is { Success: true } m && !ranksAt.Contains(m.Groups["at"].Index)
                && int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) is >= 1 and var n
                && (m.Groups["of"].Success ? int.Parse(m.Groups["of"].Value, CultureInfo.InvariantCulture) : (int?)null) is var of
                && (of is null || of >= n && of <= 200))
                yield return new RankToken(m.Groups["at"].Index, m.Index + m.Length, n, of, false, false);
    }

    [GeneratedRegex(@"\G\s+(?<at>thu)\s+(?<n>\d{1,3})(?:\s*\/\s*(?<of>\d{1,3}))?(?!\d|[.,]\d|\s*(?:%|diem|bac|lan|nam\b))")]
    private static partial Regex UnitRank();

    private static RankToken? RankOf(string original, string folded, Match m)
    {
        var before = folded[Math.Max(0, m.Index - 12)..m.Index];
        var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 30)];
        if (NotRankBefore().IsMatch(before) || NotRankAfter().IsMatch(after)) return null;
        if (m.Value.StartsWith("nam ", StringComparison.Ordinal) && !IsNam(original, m.Index)) return null;
        var rank = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        int? of = m.Groups["of"].Success ? int.Parse(m.Groups["of"].Value, CultureInfo.InvariantCulture) : null;
        if (rank < 1 || of is { } total && (total < rank || total > 200)) return null;
        return new RankToken(m.Index, m.Index + m.Length, rank, of, false, Forward().IsMatch(after), IsFrom(folded, m.Groups["n"].Index, m.Index + m.Length));
    }

    /// <summary>"tăng từ 81,82% lên 84,4%", "giảm từ 51/63 xuống 56/63": the first figure is the earlier one.</summary>
    private static bool IsFrom(string folded, int at, int end) =>
        FromBefore().IsMatch(folded[Math.Max(0, at - 20)..at]) && ToAfter().IsMatch(folded[end..Math.Min(folded.Length, end + 50)]);

    private static int Int(Group g, string part) =>
        int.Parse(g.Value.Split('/')[part == "n" ? 0 : 1].Trim(), CultureInfo.InvariantCulture);

    /// <summary>"thứ hạng lại bị giảm từ 51/63 xuống 56/63": the earlier rank, then this year's.</summary>
    [GeneratedRegex(@"\b(?:tang|giam|tut|thang)\s+(?:hang\s+)?tu\s+(?<a>\d{1,3}\s*\/\s*\d{1,3})\s+(?:len|xuong)\s+(?<b>\d{1,3}\s*\/\s*\d{1,3})(?![\d.,])")]
    private static partial Regex FromTo();

    /// <summary>"Lâm Đồng (46/63)": a rank in brackets after a unit.</summary>
    [GeneratedRegex(@"\(\s*(?<n>\d{1,2})\s*\/\s*(?<of>63|34)\s*\)")]
    private static partial Regex BracketRank();

    [GeneratedRegex(@"\btu\s+(?:(?:vi tri|hang|thu hang|thu)\s+(?:thu\s+)?)?$")]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^(?:[^.;]{0,15}?|\s*(?:,\s*)?nam\s+20[12]\d\b[^.;]{0,20}?)\b(?:len|xuong)\s+(?:dung\s+|xep\s+)?(?:(?:vi tri|hang|thu hang|thu)\s+(?:thu\s+)?)?\d")]
    private static partial Regex ToAfter();

    private static RankToken? WordRank(string folded, Match m)
    {
        var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 30)];
        var before = folded[Math.Max(0, m.Index - 25)..m.Index];
        if (NotRankAfter().IsMatch(after) || GroupBefore().IsMatch(before)) return null;
        var word = m.Groups["w"].Value;
        var last = m.Groups["last"].Success;
        var rank = last ? 0 : m.Groups["first"].Success ? 1 : Ordinals.GetValueOrDefault(word);
        if (!last && rank == 0) return null;
        return new RankToken(m.Index, m.Index + m.Length, rank, null, last, Forward().IsMatch(after));
    }

    private static RankChangeToken ChangeOf(Match m)
    {
        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var down = m.Groups["dir"].Value is "giam" or "tut" or "xuong" or "thap hon" or "giam di";
        int? compared = m.Groups["cmp"].Success ? int.Parse(m.Groups["cmp"].Value, CultureInfo.InvariantCulture) : null;
        return new RankChangeToken(m.Index, m.Index + m.Length, down ? -n : n, compared);
    }

    private static readonly Dictionary<string, int> Ordinals = new()
    {
        ["nhat"] = 1, ["nhi"] = 2, ["hai"] = 2, ["ba"] = 3, ["tu"] = 4, ["nam"] = 5, ["sau"] = 6, ["bay"] = 7, ["tam"] = 8,
        ["chin"] = 9, ["muoi"] = 10,
    };

    /// <summary>"92,83" and "92.83" are 92,83; a space after the decimal comma ("80, 48") is read through.</summary>
    public static decimal Number(string text) =>
        decimal.Parse(text.Replace(" ", "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public static bool InTarget(string folded, int at)
    {
        var sentence = folded[SentenceStart(folded, at)..at];
        if (Band().IsMatch(sentence)) return false;
        return TargetWords().IsMatch(sentence) || OrMore().IsMatch(folded[at..Math.Min(folded.Length, at + 20)]);
    }

    /// <summary>
    /// How far back the start of a number's sentence is looked for: the longest sentence of the corpus has under 800
    /// characters. Unbounded, every number of a 1 MB paragraph without a full stop scanned all of it (issue 14 fuzz run).
    /// </summary>
    public const int MaxSentenceChars = 2000;

    private static int SentenceStart(string folded, int at)
    {
        var limit = Math.Max(0, at - MaxSentenceChars);
        for (var i = at - 1; i > limit; i--)
            if (folded[i] is ';' or '!' or '?' || (folded[i] == '.' && SentenceEnd(folded, i))) return i + 1;
        return limit;
    }

    /// <summary>A full stop ends a sentence unless it is a decimal point or follows an abbreviation ("TP.", "TX.").</summary>
    private static bool SentenceEnd(string folded, int i)
    {
        if (folded[i] != '.') return true;
        if (i + 1 < folded.Length && char.IsDigit(folded[i + 1]) && i > 0 && char.IsDigit(folded[i - 1])) return false;
        var word = i - 1;
        while (word >= 0 && char.IsLetter(folded[word])) word--;
        return folded[(word + 1)..i] is not ("tp" or "tx" or "q" or "p" or "ts" or "ths" or "pgs" or "gs" or "tt" or "ubnd") && i + 1 < folded.Length && folded[i + 1] == ' ';
    }

    [GeneratedRegex(@"(?<![\d.,/])(?<num>\d{1,3}(?:[.,]\s?\d{1,4})?)\s*(?:(?<pp>diem\s*%|diem phan tram)|(?<pct>%(?:\s*diem)?|phan tram)|(?<pts>\/\s*100\s*diem|diem))(?![\w])")]
    private static partial Regex Value();

    /// <summary>"với số điểm lần lượt là 91,39 và 80,94": two levels without a unit, the unit named before them.</summary>
    [GeneratedRegex(@"\b(?:(?<pts>so diem|diem so)|ty le|chi so)\s+(?:dat\s+)?lan luot(?:\s+la)?\s*:?\s*(?<a>\d{2,3}[.,]\d{1,4})\s+va\s+(?<b>\d{2,3}[.,]\d{1,4})(?![\d.,]\d|\s*(?:%|diem|phan tram|\/))")]
    private static partial Regex Respective();

    /// <summary>"đạt 87,32," with no unit: a level when it has decimals and stands right after "đạt".</summary>
    [GeneratedRegex(@"\bdat(?:\s+duoc)?\s+(?<num>\d{2,3}[.,]\d{1,4})(?!\d|[.,]\d|\s*(?:%|diem|phan tram|\/|\d))")]
    private static partial Regex BareValue();

    [GeneratedRegex(@"(?:\btang|\bgiam|\bcao hon|\bthap hon|\bhon|\btut|\bchenh lech|\bgiam di|\btang len|\btang them|\bthem|\bmat|[+\-–]|\bcon)\s*(?:khoang\s+|gan\s+|duoc\s+|la\s+)?$")]
    private static partial Regex ChangeBefore();

    [GeneratedRegex(@"(?:\bgan|\bhon|\bkhoang|\bxap xi|\btren|\bduoi|\bchua den|\bchua toi|\bgan nhu|\bxung quanh)\s*(?:muc\s+)?$")]
    private static partial Regex ApproxBefore();

    [GeneratedRegex(@"\d\s*%?\s*(?:-|–|den|toi)\s*$")]
    private static partial Regex RangeBefore();

    /// <summary>"80% - 90%", "80 đến dưới 90": a range; "99,28% - đứng đầu bảng" is not.</summary>
    [GeneratedRegex(@"^\s*(?:[-–]\s*\d|(?:den|toi)\s+(?:duoi\s+|tren\s+)?\d)")]
    private static partial Regex RangeAfter();

    /// <summary>Scores that are parts or totals on their own scale: "tổng số điểm đạt được 68,32 điểm", "điểm tự đánh giá".</summary>
    [GeneratedRegex(@"(?:tong\s+(?:so\s+)?diem|diem\s+(?:tu danh gia|tham dinh|dieu tra|toi da)|duoc\s+cham)[^;.()%]{0,30}$")]
    private static partial Regex ScoreBefore();

    [GeneratedRegex(@"^\s*(?:\/\s*(?:[1-9]|[1-9]\d|\d+[.,]\d)\b(?!\s*0\b)|tren\s+(?:tong\s+)?(?!100)\d)")]
    private static partial Regex ScaleAfter();

    [GeneratedRegex(@"\b(?:phan dau|muc tieu|chi tieu|dam bao dat|dat muc|ke hoach dat)\b")]
    private static partial Regex TargetWords();

    /// <summary>"nhóm A, đạt kết quả chỉ số từ 90% trở lên", "xếp loại tốt (từ 80% trở lên)": the bounds of a band, not a target.</summary>
    [GeneratedRegex(@"\bnhom\s+[a-d]\b|\bxep loai\b|\bloai\s+(?:tot|kha|xuat sac|trung binh)\b")]
    private static partial Regex Band();

    [GeneratedRegex(@"^[\d.,\s%]*tro\s+len")]
    private static partial Regex OrMore();

    [GeneratedRegex(@"\b(?:(?:xep|dung|nam|o|giu)\s+(?:(?:o\s+)?vi tri|vi thu|thu hang|hang|thu)(?:\s+(?:thu|so))?|(?:o\s+)?vi tri(?:\s+(?:thu|so))?|thu hang|xep hang(?:\s+thu)?|hang(?:\s+thu)?|(?<=[,;:(\-–]\s*|^|\bva\s|\bla\s)thu|xep)\s+(?<n>\d{1,3})(?:\s*(?:\/|tren)\s*(?<of>\d{1,3}))?(?!\d|[.,]\d|\s*(?:%|diem|bac|nam(?!\s+(?:20[12]\d|nay)\b)|lan))")]
    private static partial Regex Rank();

    [GeneratedRegex(@"\b(?:(?:(?:xep|dung|nam|o)\s+)?(?:(?:o\s+)?vi tri|thu hang|hang)\s+(?:thu\s+)?|(?:xep|dung|o)\s+thu\s+|(?<=[,;:(]\s*|^)thu\s+)(?<w>nhat|nhi|hai|ba|tu|sau|bay|tam|chin|muoi)\b|(?<first>\b(?:dung dau|dan dau|quan quan)\b|(?<=\b(?:trong do|don vi|dia phuong|co quan|so diem|diem so|ty le diem so|ty le diem|chi so)[,\s]*)cao nhat\b(?!\s*(?:tu|trong|so voi|lich su|ca nuoc|toan quoc)\b)|(?<=[,;:]\s*)cao nhat(?=\s+la\s)|(?<=\b20[12]\d\s+)cao nhat(?=\s+(?:voi|la|dat)\b))|(?<last>\b(?:dung cuoi(?: bang)?|xep cuoi(?: bang)?|cuoi bang)\b|(?<=\b(?:trong do|don vi|dia phuong|co quan|so diem|diem so|ty le diem so|ty le diem|chi so|va)[,\s]*)thap nhat(?=\s+la\s))")]
    private static partial Regex RankWord();

    /// <summary>"81,28% người dân hài lòng": a share of people or files, not an index level.</summary>
    [GeneratedRegex(@"^\s*(?:so\s+)?(?:nguoi|to chuc|ho so|don vi|thu tuc|co quan)")]
    private static partial Regex Share();

    /// <summary>What makes a rank none: a region or group after it, or a date ("Thứ 3, Ngày 18/06/2024": a weekday).</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:ngay\b|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*20)|^\s*(?:(?:cua|trong|tai|o)\s+)?(?:khu vuc|vung|mien|nhom|cac tinh|tay nguyen|dong bang|bac trung|nam trung|trung du|duyen hai|dong nam|tay bac|dong bac|lien tiep|nam lien)")]
    private static partial Regex NotRankAfter();

    [GeneratedRegex(@"(?:\bnam|\blan|\bky|\bkhoa|\bnhom|\btop|\bgiai doan|\bmuc)\s*$")]
    private static partial Regex NotRankBefore();

    [GeneratedRegex(@"(?:\bnhom|\btop|\bcac tinh|\bcac dia phuong)(?![^;.]*\bthi\b)[^;.]{0,30}$")]
    private static partial Regex GroupBefore();

    /// <summary>A rank that names the unit after it: "thứ 2 là Quảng Ninh", "thứ 3 tỉnh Hải Dương".</summary>
    [GeneratedRegex(@"^\s*(?:la\s+|thuoc ve\s+)?(?:tinh|thanh pho|tp\b)|^\s*(?:bang\s+(?:xep hang\s+)?)?(?:la|thuoc ve)\s")]
    private static partial Regex Forward();

    [GeneratedRegex(@"\b(?<dir>tang|giam|tut|len|xuong|thang hang|thap hon|cao hon|giam di)\s+(?:them\s+|duoc\s+)?(?<n>\d{1,2})\s+(?:bac|hang|vi tri|bac xep hang)\b(?:\s+ve\s+thu hang)?(?:\s+so\s+(?:voi\s+)?(?:nam\s+)?(?<cmp>20\d\d)\b)?|\b(?<dir>tang|giam)\s+\d{1,2}(?:[.,]\d+)?\s*(?:diem|%)\s+va\s+(?<n>\d{1,2})\s+bac\b")]
    private static partial Regex RankChange();

    /// <summary>"giữ nguyên vị trí", "tiếp tục duy trì vị trí thứ 2 như năm 2016", "hai năm liên tiếp giữ vị trí thứ 3": no change.</summary>
    [GeneratedRegex(@"\bgiu\s+(?:nguyen|vung)\s+(?:vi tri|thu hang|hang|bac)\b|\bduy tri\s+(?:vi tri|thu hang|hang)\b|\b(?:hai|2|ba|3)\s+nam\s+lien\s+tiep\s+(?:giu|duy tri)\s+(?:vi tri|thu hang|hang)\b")]
    private static partial Regex Held();

    [GeneratedRegex(@"(?:(?<cmp>\bso\s+(?:voi\s+)?(?:cung\s+ky\s+)?)(?:nam\s+)?|\bnam\s+|(?<=(?:sipas|index|cchc)\s+))(?<y>20[12]\d|199\d)\b(?!\s*[-–]\s*20)")]
    private static partial Regex Year();

    [GeneratedRegex(@"\btrong\s+(?:tong\s+so\s+|so\s+)?(?<n>\d{1,3})\s+(?:so|don vi|co quan|huyen|tinh|dia phuong|bo|sbn|so ban nganh|co quan hanh chinh)\b|\btong\s+so\s+(?<n>\d{1,3})\s+(?:so|don vi|co quan|huyen|tinh|dia phuong|bo)\b|\bco\s+\d{1,3}\s*\/\s*(?<n>\d{1,3})\s+(?:so|don vi|co quan|huyen|dia phuong|bo)\b|\bdoi voi\s+(?<n>\d{1,3})\s+(?:ubnd cap huyen|ubnd cac huyen|so|co quan|huyen)\b|\b(?:doi voi|voi)\s+(?<n>\d{1,3})\s+(?:so|don vi|co quan|huyen|dia phuong)\b(?=[^.;]{0,60}\b(?:danh gia|xep hang|khao sat|tham gia|thuc hien|dung dau|dan dau))")]
    private static partial Regex Total();
}
