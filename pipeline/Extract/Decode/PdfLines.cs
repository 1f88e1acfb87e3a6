using System.Text;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>A word of a PDF page: its text, left and right edges and baseline (points, y upwards) and font size.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size);

/// <summary>
/// Lays out the words of one page as text lines in reading order (top to bottom, left to right): words on one baseline
/// form a line; a horizontal gap wider than <see cref="TabGap"/> font sizes becomes a tab (table cells, so the table
/// reader sees rows); a vertical gap wider than <see cref="ParagraphGap"/> line pitches becomes two blank lines (the
/// layout pass's paragraph break). A word drawn twice at the same place (simulated bold) is kept once.
/// </summary>
internal static class PdfLines
{
    public const double TabGap = 1.2;
    public const double ParagraphGap = 1.4;
    private const double SameLine = 0.35;

    public static IReadOnlyList<string> Build(IEnumerable<PdfWord> words)
    {
        var lines = Group(words);
        var pitch = TypicalPitch(lines);
        var result = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && pitch > 0 && lines[i - 1][0].Baseline - lines[i][0].Baseline > ParagraphGap * pitch)
                result.AddRange(["", ""]);
            result.Add(Text(lines[i]));
        }
        return result;
    }

    private static List<List<PdfWord>> Group(IEnumerable<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var w in words.Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - w.Baseline) <= SameLine * Math.Max(line[0].Size, w.Size))
            {
                if (!line.Any(o => o.Text == w.Text && Math.Abs(o.Left - w.Left) < 1)) line.Add(w);
            }
            else lines.Add([w]);
        }
        foreach (var line in lines) line.Sort((a, b) => a.Left.CompareTo(b.Left));
        return lines;
    }

    private static string Text(List<PdfWord> line)
    {
        var text = new StringBuilder(line[0].Text.Trim());
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].Left - line[i - 1].Right;
            text.Append(gap > TabGap * Math.Max(line[i].Size, line[i - 1].Size) ? '\t' : ' ').Append(line[i].Text.Trim());
        }
        return text.ToString();
    }

    /// <summary>The pitch of lines within a paragraph: the lower quartile of the distances between baselines.</summary>
    private static double TypicalPitch(List<List<PdfWord>> lines)
    {
        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
            if (lines[i - 1][0].Baseline - lines[i][0].Baseline is var d and > 1) pitches.Add(d);
        if (pitches.Count < 3) return 0;
        pitches.Sort();
        return pitches[pitches.Count / 4];
    }
}
