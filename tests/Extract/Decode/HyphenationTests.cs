using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Tests.Extract.Decode;

/// <summary>Words split by hyphenation at a line break are joined; real hyphens and broken sentences are left alone.</summary>
public class HyphenationTests
{
    public static TheoryData<string, string, bool> Splits => new()
    {
        // line end; next line; whether a word is split across them
        { "nâng cao chỉ số cải cách hành chín-", "h của Sở", true },       // "h" has no vowel: not a syllable
        { "kết quả nghiệm thu: đạt yêu cầu, ng-", "hiệm thu lại", true },  // "ng" has no vowel
        { "trách nhiệm giải trình của chính quy-", "ền về chính sách", true }, // the break falls between two vowels
        { "Khánh Hò-", "a năm 2024", true },
        { "cải cách hành chí\u00AD", "nh nhà nước", true },                 // a soft hyphen always splits a word
        { "phát triển kinh tế-", "xã hội của tỉnh", false },               // two syllables: a real hyphen
        { "gửi qua thư điện tử (e-", "mail) cho Sở", false },
        { "Sở LĐ-", "TB&XH đạt 88,4%", false },                            // next line in capitals
        { "Sở Công Thương đạt 88,4% -", "tăng 1,47%", false },              // a dash after a space
        { "xếp hạng 9/18-", "năm 2024", false },                            // no letter before the hyphen
        { "Chỉ số hài lòng đạt 85,67%", "(xếp hạng 9/18)", false },        // a sentence broken mid-line: the layout joins it
        { "chín-", "", false },
    };

    [Theory, MemberData(nameof(Splits))]
    public void Splits_LineEndAndNextStart(string line, string next, bool expected) =>
        Assert.Equal(expected, Hyphenation.Splits(line, next));

    public static TheoryData<string[], string[]> Repairs => new()
    {
        { ["cải cách hành chín-", "h năm 2024 đạt 88,4%"], ["cải cách hành chính", "năm 2024 đạt 88,4%"] },
        { ["kinh tế-", "xã hội"], ["kinh tế-", "xã hội"] },
        { ["Khánh Hò-", "a"], ["Khánh Hòa", ""] },                        // the line count is kept, so pages stay right
        { ["a chín-", "h b chín-", "h c"], ["a chính", "b chính", "c"] },
        { ["cải cách hành chí\u00AD", "nh nhà nước"], ["cải cách hành chính", "nhà nước"] },
    };

    [Theory, MemberData(nameof(Repairs))]
    public void Repair_JoinsSplitWords_KeepsLinesAndPages(string[] lines, string[] expected)
    {
        var decoded = lines.Select((l, i) => new DecodedLine(l, i + 1, 90m + i)).ToList();
        var repaired = Hyphenation.Repair(decoded);
        Assert.Equal(expected, repaired.Select(l => l.Text));
        Assert.Equal(decoded.Select(l => (l.Page, l.Confidence)), repaired.Select(l => (l.Page, l.Confidence)));
    }
}
