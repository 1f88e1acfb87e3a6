namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// One line of a decoded document, in reading order: its text, the 1-based page it stands on (null when the format has
/// no pages) and, for a line read by OCR, its confidence (0–100; see <see cref="OcrTsv"/>).
/// </summary>
public sealed record DecodedLine(string Text, int? Page = null, decimal? Confidence = null);

/// <summary>
/// What a decoder made of a file: its lines for the plan and table readers, notes for the user (how it was read, what
/// was left out), or the one error that keeps the whole file out.
/// </summary>
public sealed record Decoded(IReadOnlyList<DecodedLine> Lines, IReadOnlyList<string> Notes, string? Error)
{
    public static Decoded Fail(string error) => new([], [], error);

    public static Decoded Of(IReadOnlyList<DecodedLine> lines, params string[] notes) => new(lines, notes, null);

    /// <summary>Plain lines without pages or confidence (.doc, .html).</summary>
    public static Decoded Plain(IEnumerable<string> lines) => Of(lines.Select(l => new DecodedLine(l)).ToList());
}
