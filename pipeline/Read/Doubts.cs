using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Read;

/// <summary>
/// What makes a figure doubtful besides being derived (the figure says so itself): documents state it differently
/// (conflicts), its source line was read by OCR with a low confidence, or its source remarks on the row in a way that
/// casts doubt on its value or rank (a results table's `notes`: "value rounded by source", "rank from listed order",
/// "Tạm tính"). Read once per data version (the dashboard keeps one object for every mark of every page; an export reads
/// its own). The Vietnamese of each doubt is here, for the dashboard's marks and the export's tables alike.
/// </summary>
public sealed class Doubts
{
    public static readonly Doubts None = new([], [], []);

    public const string ConflictNote = "Các văn bản nêu số khác nhau";

    public static string OcrNote(decimal confidence) =>
        $"Đọc bằng nhận dạng chữ (OCR), độ tin cậy {VnFormat.Pct(confidence)}: thấp, cần đối chiếu với bản gốc";

    public static string SourceNote(string reason) => $"Chính nguồn ghi chú: {reason}";

    /// <summary>The marks written after a doubtful figure, in tables and on charts alike (derived figures have their own,
    /// Export.Charts.Derived.Mark).</summary>
    public const string ConflictMark = "≠", OcrMark = "?", SourceMark = "~";

    public const string OcrMeaning = "Đọc bằng nhận dạng chữ (OCR) với độ tin cậy thấp";
    public const string SourceMeaning = "Chính nguồn ghi chú số này chưa chắc chắn";

    /// <summary>Each mark with what it means, in the order a figure's marks are written; for a chart's legend and text.</summary>
    public static readonly IReadOnlyList<(string Mark, string Meaning)> MarkMeanings =
        [(ConflictMark, ConflictNote), (OcrMark, OcrMeaning), (SourceMark, SourceMeaning)];

    /// <summary>The marks that appear in <paramref name="marks"/> (one figure's, or all a chart or table shows), with what
    /// they mean, in the order marks are written.</summary>
    public static IEnumerable<(string Mark, string Meaning)> MeaningsOf(string marks) =>
        MarkMeanings.Where(m => marks.Contains(m.Mark, StringComparison.Ordinal));

    private readonly HashSet<(string, string?, int, string, string)> conflicts;
    private readonly Dictionary<(string, int), decimal> lowOcr;
    private readonly Dictionary<(string, int), (string? Value, string? Rank)> noted;

    internal Doubts(IEnumerable<ConflictSide> sides, IEnumerable<UncertainSource> uncertain, IEnumerable<NotedSource> notes)
    {
        conflicts = [.. sides.Select(s => (s.Unit, s.Province, s.Year, s.IndexCode, s.Criterion))];
        lowOcr = uncertain.ToDictionary(u => (u.File, u.Line), u => u.OcrConfidence);
        // each remark read by the glossary once, here, not at every mark a page draws
        noted = notes.GroupBy(n => (n.File, n.Line))
            .Select(g => (g.Key, Doubt: (Value: SourceDoubts.Reason(g.First().Note, rank: false), Rank: SourceDoubts.Reason(g.First().Note, rank: true))))
            .Where(x => x.Doubt.Value is not null || x.Doubt.Rank is not null)
            .ToDictionary(x => x.Key, x => x.Doubt);
    }

    public static Doubts Read(DuckDbConnection con) =>
        new(SourceReads.ConflictSides(con), SourceReads.UncertainSources(con, DecodeLimits.LowConfidence),
            SourceReads.NotedSources(con));

    /// <summary>Documents state different values for this figure.</summary>
    public bool Conflicting(Figure f) => conflicts.Contains((f.Unit, f.Province, f.Year, f.IndexCode, f.Criterion));

    /// <summary>The OCR confidence of a source line read with a low one; null otherwise.</summary>
    public decimal? LowOcr(SourceRef? source) =>
        source is not null && lowOcr.TryGetValue((source.File, source.Line), out var c) ? c : null;

    /// <summary>Why the source's own remark on its line makes the value (or, <paramref name="rank"/>, the rank) doubtful,
    /// in Vietnamese; null when it remarks nothing of the kind.</summary>
    public string? SourceDoubt(SourceRef? source, bool rank) =>
        source is not null && noted.TryGetValue((source.File, source.Line), out var n) ? (rank ? n.Rank : n.Value) : null;

    /// <summary>What the source's own remark on a line doubts, value then rank, each reason once (the source page).</summary>
    public IReadOnlyList<string> Remarks(string file, int line) =>
        noted.TryGetValue((file, line), out var n) ? new[] { n.Value, n.Rank }.OfType<string>().Distinct().ToList() : [];

    /// <summary>Every doubt on a figure's value and (when it has one) its rank besides derivation, in Vietnamese, for a
    /// table's note column: the conflict, the OCR confidence of its source lines, its sources' remarks.</summary>
    public IReadOnlyList<string> Of(Figure f)
    {
        var rankSource = f.SourceOf(rank: true);
        var reasons = new List<string?>
        {
            f.ValuePct is not null && Conflicting(f) ? ConflictNote : null,
            LowOcr(f.Source) is { } c ? OcrNote(c) : null,
            f.Rank is not null && !Equals(rankSource, f.Source) && LowOcr(rankSource) is { } r ? OcrNote(r) : null,
            f.ValuePct is not null && SourceDoubt(f.Source, rank: false) is { } v ? SourceNote(v) : null,
            f.Rank is not null && SourceDoubt(rankSource, rank: true) is { } k ? SourceNote(k) : null,
        };
        return reasons.OfType<string>().Distinct().ToList();
    }

    /// <summary>The marks of a figure's value (or, <paramref name="rank"/>, its rank) besides derivation, as a chart writes
    /// them beside the point ("≠~"); null when it has none (or no figure). Documents disagree on values, so ≠ marks
    /// values only.</summary>
    public string? Marks(Figure? f, bool rank)
    {
        if (f is null || (rank ? f.Rank : f.ValuePct) is null) return null;
        var source = f.SourceOf(rank);
        var marks = (!rank && Conflicting(f) ? ConflictMark : "") + (LowOcr(source) is not null ? OcrMark : "")
            + (SourceDoubt(source, rank) is not null ? SourceMark : "");
        return marks.Length == 0 ? null : marks;
    }

    /// <summary>The marks of each figure of a series (null: no figure, or none).</summary>
    public IReadOnlyList<string?> Marks(IEnumerable<Figure?> figures, bool rank) => figures.Select(f => Marks(f, rank)).ToList();

    /// <summary>The doubts on a value known only by its source line (a weak criterion): OCR and the source's remark.</summary>
    public IReadOnlyList<string> OfValue(SourceRef? source) => new[]
    {
        LowOcr(source) is { } c ? OcrNote(c) : null,
        SourceDoubt(source, rank: false) is { } v ? SourceNote(v) : null,
    }.OfType<string>().ToList();
}
