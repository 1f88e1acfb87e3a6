using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// Finds what figures of a paragraph can be about: indices (SIPAS, PAR INDEX, other indices kept out), criteria and
/// sub-indices, and units — glossary units, departments and districts by their capitalised names, provinces, the
/// country, ministries, groups ("các tỉnh", "17 bộ") that own no single figure, and the document's own unit ("của tỉnh",
/// "của Sở").
/// </summary>
internal static partial class SubjectTokens
{
    public static IEnumerable<Token> Scan(string text, string folded, KnownNames? districts = null)
    {
        foreach (Match m in Index().Matches(folded)) yield return IndexOf(folded, m);
        foreach (var t in CriterionTokens(folded)) yield return t;
        foreach (var t in UnitTokens(text, folded, districts)) yield return t;
    }

    private static IndexToken IndexOf(string folded, Match m)
    {
        var code = m.Groups["other"].Success ? IndexToken.Other : m.Groups["sipas"].Success ? IndexPhrases.Sipas
            : m.Groups["par"].Success ? IndexPhrases.ParIndex : IndexToken.Other;
        var year = YearAfter().Match(folded, m.Index + m.Length);
        return new IndexToken(m.Index, m.Index + m.Length, code, year.Success ? int.Parse(year.Groups["y"].Value) : null);
    }

    private static IEnumerable<Token> CriterionTokens(string folded)
    {
        var taken = new bool[folded.Length];
        foreach (var (pattern, criterion) in CriterionPatterns)
            foreach (Match m in pattern.Matches(folded))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i])) continue;
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                yield return new CriterionToken(m.Index, m.Index + m.Length, criterion.Key, criterion.IndexScope, folded[m.Index..(m.Index + m.Length)]);
            }
    }

    private static readonly (Regex Pattern, Criterion Criterion)[] CriterionPatterns = Criteria.All
        .Where(c => c.Key != IndexPhrases.Overall)
        .SelectMany(c => c.Aliases.Append(c.NameVi).Select(a => (Alias: Fold.Key(a), c)))
        .Where(p => p.Alias.Length >= 6).DistinctBy(p => p.Alias).OrderByDescending(p => p.Alias.Length)
        .Select(p => (new Regex(@"\b" + Words(p.Alias) + @"\b", RegexOptions.CultureInvariant), p.c)).ToArray();

    private static IEnumerable<Token> UnitTokens(string text, string folded, KnownNames? districts)
    {
        var taken = new bool[folded.Length];
        var found = new List<UnitToken>();
        void Add(UnitToken t)
        {
            if (Enumerable.Range(t.At, t.End - t.At).Any(i => taken[i])) return;
            for (var i = t.At; i < t.End; i++) taken[i] = true;
            found.Add(t);
        }
        foreach (Match m in National().Matches(folded))
            Add(new UnitToken(m.Index, m.Index + m.Length, Units.National, Units.NationalKind, null,
                Comparison: Comparison().IsMatch(folded[Math.Max(0, m.Index - 25)..m.Index])));
        foreach (Match m in Group().Matches(folded))
            Add(new UnitToken(m.Index, m.Index + m.Length, null, m.Groups["provinces"].Success ? ProvincesGroup : "group", null));
        foreach (Match m in Average().Matches(folded)) Add(new UnitToken(m.Index, m.Index + m.Length, null, AverageKind, null));
        foreach (Match m in GlossaryUnit.Matches(folded)) if (Known(text, m) is { } t) Add(t);
        foreach (Match m in Named().Matches(folded)) if (Written(text, m, NamedWords) && UnitNames.Named(text, m) is { } t) Add(t);
        foreach (Match m in ProvinceName.Matches(folded)) if (UnitNames.Province(text, m) is { } t) Add(t);
        foreach (Match m in Own().Matches(folded).Where(m => Written(text, m, OwnWords)))
            Add(new UnitToken(m.Index, m.Index + m.Length, null, m.Groups["so"].Success ? "issuer" : Units.ProvinceKind, null, Generic: true));
        foreach (var t in districts?.Find(text, folded) ?? []) Add(t);
        return found;
    }

    /// <summary>"các tỉnh, thành phố": a group whose average ("giá trị trung bình") is the country's.</summary>
    public const string ProvincesGroup = "provinces";

    /// <summary>"(giá trị) trung bình" after a group: the group's average.</summary>
    public const string AverageKind = "average";

    [GeneratedRegex(@"\b(?:gia tri\s+)?(?:trung binh|binh quan)\b(?=[^.;]{0,60}?\b(?:dat|la)\s+\d)")]
    private static partial Regex Average();

    private static readonly HashSet<string> NamedWords =
        ["sở", "ban", "bộ", "huyện", "thị xã", "thành phố", "tp", "quận", "công an", "bảo hiểm xã hội", "cục", "chi cục", "kho bạc", "ubnd"];

    private static readonly HashSet<string> OwnWords = ["của", "về", "tỉnh", "sở", "toàn", "ta"];

    /// <summary>The folded match is the word as written ("số" folds like "sở", "tính" like "tỉnh").</summary>
    private static bool Written(string text, Match m, HashSet<string> words) =>
        Words(text, m).All(w => words.Contains(w) || w.Length == 0);

    private static IEnumerable<string> Words(string text, Match m) =>
        text[m.Index..(m.Index + m.Length)].ToLowerInvariant().Replace(".", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "thị" || w == "xã" || w == "thành" || w == "phố" || w == "công" || w == "an" || w == "bảo" || w == "hiểm"
                || w == "hội" || w == "chi" || w == "kho" || w == "bạc" || w == "cục" ? "" : w);

    private static UnitToken? Known(string text, Match m)
    {
        // "Chỉ số Xây dựng và tổ chức thực hiện chính sách" folds like "Sở Xây dựng": a glossary name opening with "Sở" is
        // one only as written. (Looked at in place: a copy of the rest of the text per match made a 1 MB line quadratic.)
        if (m.Value.StartsWith("so", StringComparison.Ordinal) && !text.AsSpan(m.Index).StartsWith("sở", StringComparison.OrdinalIgnoreCase)) return null;
        var canonical = UnitNames.Canonical(Units.Key(text[m.Index..(m.Index + m.Length)]));
        if (canonical is null) return null;
        var unit = Units.ByName(canonical)!;
        var (province, end) = UnitNames.ProvinceAfter(text, m.Index + m.Length);
        return new UnitToken(m.Index, end, unit.Canonical, unit.Kind, unit.Province ?? province);
    }

    private static readonly Regex GlossaryUnit = new(
        @"\b(?:" + string.Join('|', Units.All.SelectMany(u => u.Aliases.Append(u.Canonical)).Select(Units.Key).Where(a => a.Length >= 5)
            .Distinct().OrderByDescending(a => a.Length).Select(Words)) + @")\b", Alternation);

    private static readonly Regex ProvinceName = new(
        @"\b(?:" + string.Join('|', Units.ProvinceRows.SelectMany(r => Units.Split(r["aliases"]).Append(r["name"])).Select(Units.Key)
            .Where(a => a.Length >= 3).Distinct().OrderByDescending(a => a.Length).Select(Words)) + @")\b(?:\s*\(cu\))?", Alternation);

    /// <summary>
    /// The glossary's names and the provinces' are alternations of hundreds of words: the backtracking interpreter tried each
    /// at every word of the text (a 1 MB text: 0.3–0.7 s per pattern per scan, and a text is scanned three or four times).
    /// The automaton finds the same matches in one pass (20 ms); it is built once, on first use (0.1–0.2 s).
    /// </summary>
    private const RegexOptions Alternation = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>A folded key as a pattern: words apart by spaces, hyphens or commas; "và" also as "&amp;".</summary>
    internal static string Words(string key) => string.Join(@"[\s\-,.]*", key.Split(' ').Select(w =>
        w == "va" ? @"(?:va|&)" : Regex.Escape(w).Replace("&", @"\s*&\s*"))).Replace(@"[\s\-,.]*(?:va|&)[\s\-,.]*", @"[\s\-,.]*(?:va\b|&)[\s\-,.]*");

    [GeneratedRegex(@"\b(?:(?<other>(?<cand>chi so (?:cai cach hanh chinh|cchc)(?: \(cchc\))? trong (?:cong an nhan dan|cand|luc luong cong an))|chi so xanh)|(?<sipas>sipas|chi so hai long|muc do hai long|ty le hai long|su hai long cua nguoi dan|chi so hai long cua nguoi dan)|(?<par>par[\s\-]?index|parindex|pari\b|chi so cai cach hanh chinh|chi so cchc|chi so (?:va )?xep hang (?:cai cach hanh chinh|cchc)|chi so theo doi,? danh gia,? xep hang ket qua (?:cai cach hanh chinh|cchc)|chi so cai cach hanh chinh \(par index\))|(?<other>papi|pci|ddci|dci|dti|ict[\s\-]?index|chi so ict|chuyen doi so|chi so phuc vu nguoi dan|phuc vu nguoi dan,? doanh nghiep|nang luc canh tranh|hieu qua quan tri|(?<!chinh quyen dien tu,?\s)chinh quyen so|chi so pgi|pgi|san sang))\b")]
    private static partial Regex Index();

    /// <summary>"Chỉ số cải cách hành chính trong Công an nhân dân": the Ministry of Public Security's own index of its units.</summary>
    public static bool NamesPoliceIndex(string folded) => Index().Matches(folded).Any(m => m.Groups["cand"].Success);

    [GeneratedRegex(@"(?:cao hon|thap hon|so voi|hon|bang)\s+(?:gia tri\s+|muc\s+)?(?:chi so\s+)?$")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\G\s*\)?\s*(?:nam\s+)?(?<y>20[12]\d)\b")]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\b(?:(?:gia tri\s+)?(?:trung binh|binh quan)(?:\s+chung)?(?:\s+(?:cua|tren|toan))?\s+(?:ca nuoc|63 tinh|cac tinh|cac dia phuong|63 dia phuong)|(?:cua|chung cua|toan quoc|chung)\s+ca nuoc(?=\s*(?:dat|la|o muc|:|\())|(?:sipas|par index|chi so (?:hai long|cchc|cai cach hanh chinh))(?:\s+(?:nam\s+)?20\d\d)?\s+(?:chung\s+)?(?:cua\s+)?ca nuoc)\b|(?:^|(?<=[.;:(]\s*))ca nuoc\b")]
    private static partial Regex National();

    [GeneratedRegex(@"\b(?:nhom\s+[a-d]\b|(?:(?<![\/\d]\s*)\d{1,3}|cac)\s+(?:bo|co quan ngang bo|(?<provinces>tinh(?:,?\s+thanh(?:\s+pho)?)?|dia phuong)|vung|don vi)|trung binh(?:\s+(?:cua|chung))?(?:\s+(?:cac|\d+))?(?:\s+(?:bo|huyen|cap huyen|xa|ca 3 cap|3 cap|vung))|cap huyen|khu vuc|vung kinh te|(?<=(?:^|[,.;:(])\s*)tinh(?=\s+(?:cao|thap|dung|xep|dan)\b))\b")]
    private static partial Regex Group();

    [GeneratedRegex(@"\b(?:so|ban|bo|huyen|thi xa|thanh pho|tp|quan|cong an|bao hiem xa hoi|cuc|chi cuc|kho bac|ubnd)\b(?:\.?\s+|\.)(?=\S)")]
    private static partial Regex Named();

    [GeneratedRegex(@"\b(?:cua|ve)\s+(?:(?<tinh>tinh)|(?<so>so))\b|\b(?<tinh>tinh ta)\b")]
    private static partial Regex Own();
}
