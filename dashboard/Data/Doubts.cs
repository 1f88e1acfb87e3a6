using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Data;

/// <summary>
/// What makes a figure doubtful besides being derived (the figure says so itself): documents state it differently
/// (conflicts), or its source line was read by OCR with a low confidence. Read once per data version (one object for
/// every mark of every page). A source's own remark on a row (a results table's `notes`) is not stored by the
/// pipeline, so it is not among them.
/// </summary>
public sealed class Doubts
{
    public static readonly Doubts None = new([], []);

    private readonly HashSet<(string, string?, int, string, string)> conflicts;
    private readonly Dictionary<(string, int), decimal> lowOcr;

    private Doubts(IEnumerable<ConflictSide> sides, IEnumerable<UncertainSource> uncertain)
    {
        conflicts = [.. sides.Select(s => (s.Unit, s.Province, s.Year, s.IndexCode, s.Criterion))];
        lowOcr = uncertain.ToDictionary(u => (u.File, u.Line), u => u.OcrConfidence);
    }

    public static Doubts Read(DuckDbConnection con) =>
        new(SourceReads.ConflictSides(con), SourceReads.UncertainSources(con, DecodeLimits.LowConfidence));

    /// <summary>Documents state different values for this figure.</summary>
    public bool Conflicting(Figure f) => conflicts.Contains((f.Unit, f.Province, f.Year, f.IndexCode, f.Criterion));

    /// <summary>The OCR confidence of a source line read with a low one; null otherwise.</summary>
    public decimal? LowOcr(SourceRef? source) =>
        source is not null && lowOcr.TryGetValue((source.File, source.Line), out var c) ? c : null;
}
