using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Tests.Extract.Decode;

/// <summary>Tesseract's TSV as lines: reading order, paragraph gaps, and each line's confidence (that of its figures).</summary>
public class OcrTsvTests
{
    private const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    // A line row (level 4) and its words (level 5) as Tesseract writes them: (text, left, width, confidence).
    private static IEnumerable<string> Line(int page, int block, int line, int top, params (string Text, int Left, int Width, double Conf)[] words) =>
        words.Select((w, i) => $"5\t{page}\t{block}\t1\t{line}\t{i + 1}\t{w.Left}\t{top}\t{w.Width}\t40\t{w.Conf:0.000000}\t{w.Text}")
            .Prepend($"4\t{page}\t{block}\t1\t{line}\t0\t0\t{top}\t2000\t40\t-1\t");

    private static string Tsv(params IEnumerable<string>[] lines) => string.Join('\n', lines.SelectMany(l => l).Prepend(Header)) + "\n";

    public static TheoryData<string, string, (string, decimal?)[]> Cases => new()
    {
        { "a line's confidence is its lowest figure's",
            Tsv(Line(1, 1, 1, 100, ("Sở", 0, 50, 96), ("đạt", 60, 50, 95), ("88,4%", 120, 90, 71.25), ("(tăng", 220, 80, 90), ("1,47%)", 310, 90, 88))),
            [("Sở đạt 88,4% (tăng 1,47%)", 71.3m)] },
        { "without a figure, the mean of its words",
            Tsv(Line(1, 1, 1, 100, ("KẾ", 0, 50, 90), ("HOẠCH", 60, 120, 80))), [("KẾ HOẠCH", 85m)] },
        { "a gap wider than the line's height is a cell break",
            Tsv(Line(1, 1, 1, 100, ("1", 0, 20, 95), ("Sở", 100, 40, 95), ("Tư", 150, 40, 95), ("pháp", 200, 80, 95))),
            [("1\tSở Tư pháp", 95m)] },
        { "a gap of two line pitches is a paragraph break",
            Tsv(Line(1, 1, 1, 100, ("a", 0, 20, 90)), Line(1, 1, 2, 150, ("b", 0, 20, 90)), Line(1, 1, 3, 200, ("c", 0, 20, 90)),
                Line(1, 1, 4, 250, ("d", 0, 20, 90)), Line(1, 2, 1, 400, ("e", 0, 20, 90))),
            [("a", 90m), ("b", 90m), ("c", 90m), ("d", 90m), ("", null), ("", null), ("e", 90m)] },
        { "empty lines and words are dropped; a negative confidence counts as 0",
            Tsv(Line(1, 1, 1, 100), Line(1, 1, 2, 150, (" ", 0, 10, 50), ("9/18", 20, 60, -1))), [("9/18", 0m)] },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Parse_Tsv_LinesWithConfidence(string shape, string tsv, (string, decimal?)[] expected)
    {
        var lines = OcrTsv.Parse(tsv, page: 3);
        Assert.True(expected.SequenceEqual(lines.Select(l => (l.Text, l.Confidence))), $"{shape}: {string.Join(" | ", lines)}");
        Assert.All(lines, l => Assert.Equal(3, l.Page));
    }

    [Fact]
    public void Parse_MultiPageTiff_KeepsEachLinesPage()
    {
        var lines = OcrTsv.Parse(Tsv(Line(1, 1, 1, 100, ("a", 0, 20, 90)), Line(2, 1, 1, 100, ("b", 0, 20, 90))));
        Assert.Equal([("a", 1), ("b", 2)], lines.Select(l => (l.Text, l.Page ?? 0)));
    }
}
