using System.Diagnostics;
using System.Text;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

public class TextFitTests
{
    /// <summary>Every precomposed Vietnamese letter: 12 vowels × 6 tones, and đ, in both cases.</summary>
    public static IReadOnlyList<string> VietnameseLetters { get; } = Letters();

    private static List<string> Letters()
    {
        string[] vowels = ["a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"];
        string[] tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        var lower = vowels.SelectMany(v => tones.Select(t => (v + t).Normalize(NormalizationForm.FormC))).Append("đ").ToList();
        return [.. lower, .. lower.Select(l => l.ToUpperInvariant())];
    }

    public static TheoryData<string> Faces => new() { "DejaVu Sans", "DejaVu Sans:bold" };

    [Theory, MemberData(nameof(Faces))]
    public void Font_HasEveryVietnameseGlyph(string face)
    {
        var font = new TrueTypeFont(File.ReadAllBytes(TrueTypeFont.PathOf(face)));
        Assert.Equal(146, VietnameseLetters.Count);
        Assert.All(VietnameseLetters, l => Assert.Equal(1, l.Length));
        var missing = VietnameseLetters.Where(l => !font.Has(l[0])).ToList();
        Assert.True(missing.Count == 0, "missing glyphs: " + string.Concat(missing));
        Assert.All("…−–·%", c => Assert.True(font.Has(c), $"U+{(int)c:X4}"));
    }

    [Theory, MemberData(nameof(Faces))]
    public void Width_EveryAsciiAndVietnameseLetter_IsTheFontsAdvance(string face)
    {
        var font = new TrueTypeFont(File.ReadAllBytes(TrueTypeFont.PathOf(face)));
        var bold = face.EndsWith(":bold");
        var letters = Enumerable.Range(' ', '~' - ' ' + 1).Select(c => ((char)c).ToString()).Concat(VietnameseLetters).Append("·").Append("–");
        Assert.All(letters, l => Assert.Equal(font.Advance(l[0]), TextFit.Width(l, 1000, bold), 0.5));
    }

    [Fact]
    public void FontConfig_DejaVuSans_CoversTheVietnameseCharset()
    {
        var charset = ":charset=" + string.Join(" ", VietnameseLetters.Select(l => ((int)l[0]).ToString("x4")));
        using var fc = Process.Start(new ProcessStartInfo("fc-list") { ArgumentList = { charset, "family" }, RedirectStandardOutput = true })!;
        var families = fc.StandardOutput.ReadToEnd();
        fc.WaitForExit();
        Assert.Contains("DejaVu Sans", families.Split('\n').SelectMany(f => f.Split(',')));
        Assert.EndsWith("DejaVuSans.ttf", TrueTypeFont.PathOf("DejaVu Sans"));
    }

    public static TheoryData<string, double, int, string[]> Wraps => new()
    {
        { "Trung bình khối sở, cơ quan trực thuộc UBND tỉnh", 200, 2, ["Trung bình khối sở, cơ quan", "trực thuộc UBND tỉnh"] },
        { "Sở Văn hóa, Thể thao và Du lịch", 220, 2, ["Sở Văn hóa, Thể thao và Du lịch"] },
        { "Sở Văn hóa, Thể thao và Du lịch", 200, 2, ["Sở Văn hóa, Thể thao và Du", "lịch"] },
        { "Ban Quản lý các khu công nghiệp, khu kinh tế và khu chế xuất tỉnh Khánh Hòa", 150, 3,
            ["Ban Quản lý các khu", "công nghiệp, khu kinh", "tế và khu chế xuất tỉ…"] },
        { "Ban Quản lý các khu công nghiệp, khu kinh tế và khu chế xuất tỉnh Khánh Hòa", 100, 2, ["Ban Quản lý", "các khu công…"] },
    };

    [Theory, MemberData(nameof(Wraps))]
    public void Wrap_LongName_LinesFitTheWidth(string text, double width, int maxLines, string[] expected)
    {
        var wrapped = TextFit.Wrap(text, width, 13, maxLines);
        Assert.Equal(expected, wrapped);
        Assert.All(wrapped, l => Assert.True(TextFit.Width(l, 13) <= width, l));
        Assert.Equal(expected[^1].EndsWith('…'), TextFit.Cut(wrapped));
    }

    [Fact]
    public void Ellipsize_KeepsWholeLetters() => Assert.Equal("Sở Công Th…", TextFit.Ellipsize("Sở Công Thương", 95, 13));
}
