using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Data;

/// <summary>
/// What makes a figure doubtful besides being derived (the figure says so itself): documents state it differently
/// (conflicts), its source line was read by OCR with a low confidence, or its source remarks on the row in a way that
/// casts doubt on its value or rank (a results table's `notes`: "value rounded by source", "rank from listed order",
/// "Tạm tính"). Read once per data version (one object for every mark of every page).
/// </summary>
public sealed class Doubts
{
    public static readonly Doubts None = new([], [], []);

    private readonly HashSet<(string, string?, int, string, string)> conflicts;
    private readonly Dictionary<(string, int), decimal> lowOcr;
    private readonly Dictionary<(string, int), NotedSource> noted;

    private Doubts(IEnumerable<ConflictSide> sides, IEnumerable<UncertainSource> uncertain, IEnumerable<NotedSource> notes)
    {
        conflicts = [.. sides.Select(s => (s.Unit, s.Province, s.Year, s.IndexCode, s.Criterion))];
        lowOcr = uncertain.ToDictionary(u => (u.File, u.Line), u => u.OcrConfidence);
        noted = notes.Where(n => n.ValueDoubt is not null || n.RankDoubt is not null)
            .GroupBy(n => (n.File, n.Line)).ToDictionary(g => g.Key, g => g.First());
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
        source is not null && noted.TryGetValue((source.File, source.Line), out var n) ? (rank ? n.RankDoubt : n.ValueDoubt) : null;
}
