using Analytics.Bench.Synth;

namespace Analytics.Tests.Bench;

public class NoiseTests
{
    // text, share of words affected → expected
    public static TheoryData<string, double, string> Glyphs => new()
    {
        { "người dân được phục vụ", 1.0, "ngƣời dân đƣợc phục vụ" },
        { "NGƯỜI DÂN", 1.0, "NGƢỜI DÂN" },
        { "người dân được phục vụ", 0.0, "người dân được phục vụ" },
    };

    [Theory, MemberData(nameof(Glyphs))]
    public void LegacyGlyphs_MapsUHornToLookAlike(string text, double share, string expected) =>
        Assert.Equal(expected, Noise.LegacyGlyphs(text, new Rng(7), share));

    // paragraph, width → lines as a PDF extraction gives them
    public static TheoryData<string, int, string> Wraps => new()
    {
        { "Chỉ số hài lòng của người dân", 12, "Chỉ số hài \n\nlòng của \n\nngười dân \n\n" },
        { "ngắn", 80, "ngắn \n\n" },
        { "", 80, "" },
    };

    [Theory, MemberData(nameof(Wraps))]
    public void HardWrap_BreaksLinesWithBlankLineBetween(string paragraph, int width, string expected) =>
        Assert.Equal(expected, Noise.HardWrap(paragraph, width));

    [Fact]
    public void OcrTypos_DamagesOnlyTheKnownWords()
    {
        var text = string.Join(" / ", Enumerable.Repeat("Chỉ số Tiếp cận dịch vụ", 30));
        var damaged = Noise.OcrTypos(text, new Rng(3));

        Assert.Contains("Chi số", damaged);
        Assert.Contains("Triếp cận", damaged);
        Assert.Contains("Chỉ số", damaged);
        Assert.Equal(text, damaged.Replace("Chi số", "Chỉ số").Replace("Triếp cận", "Tiếp cận").Replace("dịch vu", "dịch vụ"));
    }

    [Fact]
    public void Decomposed_IsNfdOfTheSameText()
    {
        var nfd = Noise.Decomposed("Khánh Hòa");

        Assert.NotEqual("Khánh Hòa", nfd);
        Assert.Equal("Khánh Hòa", nfd.Normalize(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Rng_SameKey_SameSequence_OtherKey_Other()
    {
        var a = Rng.For(1, "plan", 0, 3, 2024);
        var b = Rng.For(1, "plan", 0, 3, 2024);
        var c = Rng.For(2, "plan", 0, 3, 2024);
        var first = Enumerable.Range(0, 5).Select(_ => a.NextULong()).ToList();

        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => b.NextULong()));
        Assert.NotEqual(first, Enumerable.Range(0, 5).Select(_ => c.NextULong()));
    }
}
