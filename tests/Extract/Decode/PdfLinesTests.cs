using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Tests.Extract.Decode;

/// <summary>The words of a PDF page laid out as lines: reading order, cells as tabs, paragraph gaps as blank lines.</summary>
public class PdfLinesTests
{
    // A word at (left, baseline) in 12-point type, 6 points a letter.
    private static (string, double, double) W(string text, double left, double baseline) => (text, left, baseline);

    public static TheoryData<string, (string Text, double Left, double Baseline)[], string[]> Cases => new()
    {
        { "words of one baseline, left to right", [W("đạt", 18, 700), W("Sở", 0, 700), W("Thương", 42, 700)], ["Sở đạt Thương"] },
        { "lines top to bottom", [W("dưới", 0, 686), W("trên", 0, 700)], ["trên", "dưới"] },
        { "a raised mark stays on its line", [W("88,4", 0, 700), W("(1)", 30, 703)], ["88,4 (1)"] },
        { "a gap wider than the type is a cell break", [W("1", 0, 700), W("Sở", 30, 700), W("Công", 50, 700), W("85,67", 200, 700)],
            ["1\tSở Công\t85,67"] },
        { "a gap of two line pitches is a paragraph break",
            [W("a", 0, 700), W("b", 0, 686), W("c", 0, 672), W("d", 0, 658), W("e", 0, 630)], ["a", "b", "c", "d", "", "", "e"] },
        { "a word drawn twice (simulated bold) is kept once", [W("KẾ", 0, 700), W("KẾ", 0.3, 700), W("HOẠCH", 20, 700)], ["KẾ HOẠCH"] },
        { "blank words are dropped", [W(" ", 0, 700), W("a", 10, 700)], ["a"] },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Build_PageWords_Lines(string shape, (string Text, double Left, double Baseline)[] words, string[] expected)
    {
        var lines = PdfLines.Build(words.Select(w => new PdfWord(w.Text, w.Left, w.Left + 6 * w.Text.Length, w.Baseline, 12)));
        Assert.True(expected.SequenceEqual(lines), $"{shape}: {string.Join(" | ", lines)}");
    }
}
