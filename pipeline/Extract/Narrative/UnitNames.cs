using System.Text.RegularExpressions;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>
/// Turns a unit as written into its canonical name and kind: glossary units; "huyện Đông Sơn" → "UBND huyện Đông Sơn"
/// (district); "Sở Ngoại vụ" and "Bộ Tư pháp" by their capitalised words; provinces, where "thành phố Hà Nội" is a
/// province and "thành phố Thanh Hóa" a district of one.
/// </summary>
internal static partial class UnitNames
{
    private static readonly Dictionary<string, string> Aliases = Units.All
        .SelectMany(u => u.Aliases.Append(u.Canonical).Select(a => (Key: Units.Key(a), u.Canonical)))
        .DistinctBy(p => p.Key).ToDictionary(p => p.Key, p => p.Canonical);

    /// <summary>Provinces that are cities under the central government: "thành phố X" is the province itself.</summary>
    private static readonly HashSet<string> CentralCities = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "TP. Hồ Chí Minh", "Thừa Thiên Huế"];

    /// <summary>The ministries (after 2025 some merged; both names are kept, each is the ministry of its years).</summary>
    private static readonly string[] Ministries =
    [
        "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Nông nghiệp và Phát triển nông thôn",
        "Nông nghiệp và Môi trường", "Tài nguyên và Môi trường", "Kế hoạch và Đầu tư", "Khoa học và Công nghệ", "Thông tin và Truyền thông",
        "Giao thông vận tải", "Dân tộc và Tôn giáo", "Tư pháp", "Nội vụ", "Tài chính", "Công Thương", "Xây dựng", "Y tế", "Ngoại giao",
        "Quốc phòng", "Công an",
    ];

    /// <summary>How many characters of <paramref name="text"/> from <paramref name="at"/> spell <paramref name="name"/> (folded).</summary>
    private static int Length(string text, int at, string name)
    {
        var want = Units.Key(name);
        for (var end = at + 1; end <= text.Length; end++)
            if (Units.Key(text[at..end]) == want && (end == text.Length || !char.IsLetter(text[end]))) return end - at;
        return 0;
    }

    /// <summary>The same aliases with "và" left out: "Sở Tài Nguyên Môi trường" is Sở Tài nguyên và Môi trường.</summary>
    private static readonly Dictionary<string, string> WithoutAnd = Aliases
        .GroupBy(p => NoAnd(p.Key)).Where(g => g.Select(p => p.Value).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Value);

    private static string NoAnd(string key) => string.Join(' ', key.Split(' ').Where(w => w is not ("va" or "&")));

    public static string? Canonical(string key) => Aliases.GetValueOrDefault(key) ?? WithoutAnd.GetValueOrDefault(NoAnd(key));

    /// <summary>A province named right after a unit ("Sở Y tế tỉnh Gia Lai", "Sở TT&amp;TT An Giang"): its name and where it ends.</summary>
    public static (string? Province, int End) ProvinceAfter(string text, int end)
    {
        var m = After().Match(text, end);
        if (!m.Success || !char.IsUpper(text[m.Groups["name"].Index])) return (null, end);
        var province = Units.MatchProvince(m.Groups["name"].Value);
        return province is null ? (null, end) : (province, m.Index + m.Length);
    }

    public static UnitToken? Named(string text, Match m)
    {
        var word = Fold.Key(m.Value);
        var name = (word is "so" or "ban" or "bo" ? Office() : Capitalised()).Match(text, m.Index + m.Length);
        if (!name.Success || name.Index != m.Index + m.Length) return null;
        var words = name.Value.TrimEnd(' ', ',', '-');
        var end = name.Index + words.Length;
        switch (word)
        {
            case "huyen" or "thi xa" or "quan":
                return new UnitToken(m.Index, end, $"UBND {Written(text, m)} {words}", "district", null);
            case "thanh pho" or "tp":
                var province = Units.MatchProvince(words);
                if (province is not null && CentralCities.Contains(province) && Units.Key(province) == Units.Key(words) || province is not null && Units.Key(words) is "ho chi minh" or "hcm")
                    return new UnitToken(m.Index, end, province, Units.ProvinceKind, province);
                return new UnitToken(m.Index, end, $"UBND thành phố {words}", "district", null);
            case "ban" when words.StartsWith("Chỉ đạo", StringComparison.Ordinal) || words.StartsWith("Chấp hành", StringComparison.Ordinal)
                || words.StartsWith("Quản lý dự án", StringComparison.Ordinal):
                return null;
            case "bo":
                var ministry = Ministries.FirstOrDefault(n => (Units.Key(words) + " ").StartsWith(Units.Key(n) + " ", StringComparison.Ordinal));
                return ministry is null ? null : new UnitToken(m.Index, m.Index + m.Length + Length(text, m.Index + m.Length, ministry), $"Bộ {ministry}", "ministry", null);
            case "so" or "ban":
                var canonical = Canonical(Units.Key(text[m.Index..end]));
                var (after, afterEnd) = ProvinceAfter(text, end);
                return new UnitToken(m.Index, afterEnd, canonical ?? $"{(word == "so" ? "Sở" : "Ban")} {words}",
                    canonical is null ? "department" : Units.ByName(canonical)!.Kind, after);
            default:
                return null;
        }
    }

    public static UnitToken? Province(string text, Match m)
    {
        if (!char.IsUpper(text[m.Index])) return null;
        var name = Units.MatchProvince(text[m.Index..(m.Index + m.Length)].Replace("(cũ)", ""));
        if (name is null) return null;
        var (before, offset) = Before(text, m.Index);
        if (Institution().Match(before) is { Success: true } inst)
            return new UnitToken(offset + inst.Index, m.Index + m.Length, null, UnnamedKind, null);
        var prefix = Prefix().Match(before);
        return new UnitToken(prefix.Success ? offset + prefix.Index : m.Index, m.Index + m.Length, name, Units.ProvinceKind, name);
    }

    /// <summary>Characters before a province name that the patterns ending at it can span (an institution's name
    /// is at most 40 characters): more only gives them more to scan.</summary>
    public const int LookBehind = 200;

    /// <summary>
    /// The text just before <paramref name="at"/>, from a word's start at most <see cref="LookBehind"/> characters back,
    /// and where it starts. Matching the patterns on all the text before each name made a paragraph repeating a
    /// province name 30,000 times (1 MB) take minutes (issue 14 fuzz run).
    /// </summary>
    private static (string Before, int Offset) Before(string text, int at)
    {
        var start = Math.Max(0, at - LookBehind);
        while (start > 0 && start < at && !char.IsWhiteSpace(text[start - 1])) start++;
        return (text[start..at], start);
    }

    /// <summary>A unit the reader cannot name ("Trường Đại học Khánh Hòa"): what it states is nobody's figure.</summary>
    public const string UnnamedKind = "unnamed";

    private static string Written(string text, Match m) => Fold.Key(m.Value) switch
    {
        "huyen" => "huyện",
        "thi xa" => "thị xã",
        _ => "quận",
    };

    /// <summary>Capitalised words (a lower-case "và" between two of them), e.g. "Giao thông Vận tải", "Krông Pa", "Ea H’leo"; the
    /// name of another unit after "và" ("huyện Châu Thành và Ủy ban nhân dân huyện Hòn Đất") is not part of it.</summary>
    [GeneratedRegex(@"\G(?:\p{Lu}[\p{L}\p{M}’']*(?:[\s\-]+(?:và\s+)?(?=\p{Lu})(?!(?:Ủy|UBND|Sở|Ban|Bộ|Huyện|Thị|TP|Cục|Kho|Bảo|Công an)\b))?)+")]
    private static partial Regex Capitalised();

    /// <summary>An office's name: a capitalised word, then words up to a verb or preposition ("Ngoại vụ", "Tư pháp").</summary>
    [GeneratedRegex(@"\G\p{Lu}[\p{L}\p{M}]*(?:[\s\-]+(?!(?:có|đạt|xếp|đứng|với|là|tăng|giảm|được|đã|năm|trong|của|tại|tỉnh|thành|huyện|chiếm|về|ở|thì|cũng|vẫn|nằm|giữ|dẫn|thuộc|công|và\s+\p{Ll})\b)[\p{L}\p{M}]+){0,5}")]
    private static partial Regex Office();

    [GeneratedRegex(@"\G[\s,]*(?:(?:tỉnh|Tỉnh|thành phố|TP\.?)\s+)?(?<name>\p{Lu}[\p{L}\p{M}]*(?:[\s\-]+\p{Lu}[\p{L}\p{M}]*){0,3})")]
    private static partial Regex After();

    /// <summary>"Trường Đại học Khánh Hòa", "Bệnh viện Đa khoa tỉnh Gia Lai": an institution named after its province.</summary>
    [GeneratedRegex(@"\b(?:Trường(?! hợp)|Đại học|Cao đẳng|Bệnh viện|Công ty|Bảo tàng|Trung tâm|Học viện|Nhà xuất bản)\b[^,.;:()\d]{0,40}?\s(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")]
    private static partial Regex Institution();

    [GeneratedRegex(@"(?:\b(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|Tp\.?)\s+)$")]
    private static partial Regex Prefix();
}
