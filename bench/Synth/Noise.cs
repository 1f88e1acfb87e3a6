using System.Text;

namespace Analytics.Bench.Synth;

/// <summary>What a noisy source does to text: legacy PDF glyphs, decomposed diacritics, OCR typos, hard line breaks.</summary>
public static class Noise
{
    /// <summary>Legacy PDF fonts map ư/Ư to the look-alike ƣ/Ƣ; <paramref name="share"/> of the words are affected.</summary>
    public static string LegacyGlyphs(string text, Rng rng, double share)
    {
        var sb = new StringBuilder(text.Length);
        var affected = rng.Chance(share);
        foreach (var c in text)
        {
            if (c is ' ' or '\n') affected = rng.Chance(share);
            sb.Append(affected ? c switch { 'ư' => 'ƣ', 'Ư' => 'Ƣ', _ => c } : c);
        }
        return sb.ToString();
    }

    /// <summary>Unicode NFD (combining marks), as some Mac and web exports write Vietnamese.</summary>
    public static string Decomposed(string text) => text.Normalize(NormalizationForm.FormD);

    private static readonly (string From, string To)[] Typos =
        [("Chỉ số", "Chi số"), ("Tiếp cận", "Triếp cận"), ("tiếp cận", "triếp cận"), ("dịch vụ", "dịch vu")];

    /// <summary>OCR damage met in the seeds: each typo replaces one occurrence in three.</summary>
    public static string OcrTypos(string text, Rng rng)
    {
        foreach (var (from, to) in Typos)
        {
            var sb = new StringBuilder(text.Length);
            var at = 0;
            for (var i = text.IndexOf(from, StringComparison.Ordinal); i >= 0; i = text.IndexOf(from, at, StringComparison.Ordinal))
            {
                sb.Append(text, at, i - at).Append(rng.Chance(1 / 3.0) ? to : from);
                at = i + from.Length;
            }
            text = sb.Append(text, at, text.Length - at).ToString();
        }
        return text;
    }

    /// <summary>PDF-extracted layout: each paragraph broken at about <paramref name="width"/> characters, a trailing
    /// space on every line and a blank line after it, as seed 004 shows.</summary>
    public static string HardWrap(string paragraph, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return string.Concat(lines.Select(l => l + " \n\n"));
    }
}
