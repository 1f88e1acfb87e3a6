using System.Globalization;
using System.Text;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Tesseract's TSV output (one row per page, block, paragraph, line and word, with boxes and word confidences) turned
/// into lines in Tesseract's reading order. A line's confidence is the confidence of the figures on it: the lowest of its
/// words holding a digit, or the mean of its words when none does. A vertical gap wider than
/// <see cref="PdfLines.ParagraphGap"/> line pitches, or a line starting above the one before (a new column), gives two
/// blank lines (a paragraph break); a horizontal gap wider than a line's height gives a tab (table cells).
/// </summary>
internal static class OcrTsv
{
    private sealed record Word(string Text, int Left, int Right, decimal Conf);

    private sealed record Line(int Page, int Top, int Height, List<Word> Words);

    /// <param name="page">The page the image is (a rasterised PDF page); null: the TSV's own page numbers (a TIFF).</param>
    public static IReadOnlyList<DecodedLine> Parse(string tsv, int? page = null)
    {
        var lines = Lines(tsv, page);
        var pitch = TypicalPitch(lines);
        var result = new List<DecodedLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (i > 0 && l.Page == lines[i - 1].Page && (l.Top < lines[i - 1].Top || pitch > 0 && l.Top - lines[i - 1].Top > PdfLines.ParagraphGap * pitch))
                result.AddRange([new DecodedLine("", l.Page), new DecodedLine("", l.Page)]);
            result.Add(new DecodedLine(Text(l), l.Page, Confidence(l.Words)));
        }
        return result;
    }

    private static List<Line> Lines(string tsv, int? page)
    {
        var lines = new List<Line>();
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var c = row.TrimEnd('\r').Split('\t');
            if (c.Length < 12) continue;
            var n = c[..10].Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) ? x : 0).ToArray();
            if (n[0] == 4) lines.Add(new Line(page ?? n[1], n[7], n[9], []));
            else if (n[0] == 5 && c[11].Trim().Length > 0 && lines.Count > 0)
            {
                var conf = decimal.TryParse(c[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? Math.Max(f, 0) : 0;
                lines[^1].Words.Add(new Word(c[11].Trim(), n[6], n[6] + n[8], conf));
            }
        }
        return lines.Where(l => l.Words.Count > 0).ToList();
    }

    private static string Text(Line line)
    {
        var text = new StringBuilder(line.Words[0].Text);
        for (var i = 1; i < line.Words.Count; i++)
            text.Append(line.Words[i].Left - line.Words[i - 1].Right > line.Height ? '\t' : ' ').Append(line.Words[i].Text);
        return text.ToString();
    }

    private static decimal Confidence(List<Word> words)
    {
        var numeric = words.Where(w => w.Text.Any(char.IsAsciiDigit)).ToList();
        var conf = numeric.Count > 0 ? numeric.Min(w => w.Conf) : words.Average(w => w.Conf);
        return Math.Round(conf, 1, MidpointRounding.AwayFromZero);
    }

    private static double TypicalPitch(List<Line> lines)
    {
        var pitches = new List<double>();
        for (var i = 1; i < lines.Count; i++)
            if (lines[i].Page == lines[i - 1].Page && lines[i].Top - lines[i - 1].Top is var d and > 1) pitches.Add(d);
        if (pitches.Count < 3) return 0;
        pitches.Sort();
        return pitches[pitches.Count / 4];
    }
}
