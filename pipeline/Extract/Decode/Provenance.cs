using System.Globalization;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Gives each figure, target and task of a decoded document the page its statement stands on and, for text read by
/// OCR, the lowest confidence of the statement's lines; warns about every figure and target under
/// <see cref="DecodeLimits.LowConfidence"/>. The statement's lines are found from its source line on: the lines whose
/// text (letters and digits) lies within the quoted text, or whose end starts it or start ends it (a short line only
/// right after another); the source line alone when none does.
/// </summary>
internal static class Provenance
{
    private const int MaxSpan = 40, MinKey = 6, Edge = 20;

    public static Extraction Stamp(Extraction x, IReadOnlyList<DecodedLine> lines)
    {
        var keys = lines.Select(l => Key(l.Text)).ToList();
        SourceRef Stamped(SourceRef s) => Locate(s, lines, keys);
        var observations = x.Observations.Select(o => o with { Source = Stamped(o.Source) }).ToList();
        var targets = x.Targets.Select(t => t with { Source = Stamped(t.Source) }).ToList();
        var tasks = x.Tasks.Select(t => t with { Source = Stamped(t.Source) with { OcrConfidence = null } }).ToList();
        var warnings = observations.Where(o => IsLow(o.Source)).Select(o => Warn(o.Source, "figure " + Describe(o)))
            .Concat(targets.Where(t => IsLow(t.Source)).Select(t => Warn(t.Source, $"target {Pct(t.TargetPct)} ({t.Unit}, {t.Year}, {t.IndexCode} {t.Criterion})")));
        return x with { Observations = observations, Targets = targets, Tasks = tasks, Findings = [.. x.Findings, .. warnings] };
    }

    private static SourceRef Locate(SourceRef source, IReadOnlyList<DecodedLine> lines, List<string> keys)
    {
        var first = source.Line - 1;
        if (first < 0 || first >= lines.Count) return source;
        var quote = Key(source.Text);
        var span = new List<int>();
        for (var i = first; i < Math.Min(lines.Count, first + MaxSpan); i++)
        {
            if (keys[i].Length == 0) continue;
            if (keys[i].Length < MinKey && !(span.Count > 0 && span[^1] == i - 1)) continue;
            if (Within(keys[i], quote)) span.Add(i);
            else if (span.Count > 0) break;
        }
        if (span.Count == 0) span.Add(first);
        var confidences = span.Select(i => lines[i].Confidence).OfType<decimal>().ToList();
        return source with { Page = lines[span[0]].Page, OcrConfidence = confidences.Count > 0 ? confidences.Min() : null };
    }

    /// <summary>The line lies within the quote, or (a long line) its end starts the quote or its start ends it.</summary>
    private static bool Within(string line, string quote) =>
        quote.Contains(line, StringComparison.Ordinal)
        || line.Length >= 2 * Edge && (quote.Contains(line[^Edge..], StringComparison.Ordinal) || quote.Contains(line[..Edge], StringComparison.Ordinal));

    /// <summary>The letters and digits of a text, lower case, NFC: what survives every normalisation of the layout pass.</summary>
    private static string Key(string text) =>
        string.Concat(TextNormalizer.AsciiDigits(text).Normalize(System.Text.NormalizationForm.FormC).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static bool IsLow(SourceRef s) => s.OcrConfidence < DecodeLimits.LowConfidence;

    private static Finding Warn(SourceRef s, string what) =>
        new(s.File, s.Line, Severities.Warning, DecodeMessages.LowConfidence(what, s.OcrConfidence!.Value, DecodeLimits.LowConfidence, s.Page), s.Text);

    private static string Describe(Observation o) =>
        (o.ValuePct is { } v ? Pct(v) : "") + (o.Rank is { } r ? $"{(o.ValuePct is null ? "" : ", ")}rank {r}{(o.RankOf is { } of ? "/" + of : "")}" : "")
        + $" ({o.Unit}, {o.Year}, {o.IndexCode} {o.Criterion})";

    private static string Pct(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
