using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Read;

/// <summary>Rows of the read queries into their records, by column name (each map serves every query of its record).</summary>
internal static class RowMaps
{
    /// <summary>A row of criterion_status (every column of it, as figures.sql, unit_figures.sql and peer_figures.sql select).</summary>
    public static Figure Figure(DuckDbRow r) => new(
        r.String("unit")!, r.String("unit_kind")!, r.String("province"), r.String("index_code")!,
        r.String("criterion")!, r.Int("year")!.Value, r.Decimal("value_pct"), r.Decimal("gap_to_90"),
        r.Decimal("target_pct"), r.Int("rank"), r.Int("rank_of"), r.Int("movement"), r.Int("prev_year"),
        r.Decimal("prev_value_pct"), r.Decimal("change_pp"), Source(r))
    {
        RankSource = Source(r, "rank_source_"), TargetSource = Source(r, "target_source_"),
        TargetSetBy = r.String("target_set_by"), BreakNote = r.String("break_note"), SeriesBreak = r.Bool("series_break") ?? false,
        ValueIsDerived = r.Bool("value_is_derived") ?? false, RankIsDerived = r.Bool("rank_is_derived") ?? false,
        PrevRank = r.Int("prev_rank"), StatedMovement = r.Int("stated_movement"), Agrees = r.Bool("agrees"),
        GapToTarget = r.Decimal("gap_to_target"), PeerAvg = r.Decimal("peer_avg"), PeerBest = r.Decimal("peer_best"),
        PeerWorst = r.Decimal("peer_worst"), PeerN = r.Long("peer_n"), RankInPeers = r.Long("rank_in_peers"),
        HasConflict = r.Bool("has_conflict") ?? false,
    };

    public static WeakCriterion Weak(DuckDbRow r) => new(
        r.String("unit")!, r.String("province"), r.String("index_code")!, r.String("criterion")!, r.Int("year")!.Value,
        r.Decimal("value_pct"), r.Decimal("gap_to_90"), r.Decimal("change_pp"), r.Int("movement"),
        r.StringList("reasons") ?? [], r.Double("severity") ?? 0, Source(r));

    public static DocumentRow Document(DuckDbRow r) => new(
        r.String("source_file")!, r.String("kind"), r.String("issuer"), r.String("province"), r.Int("year"),
        r.String("number"), r.Date("issued_on"))
    {
        Covers = new DocumentCover(r.StringList("indices") ?? [], r.StringList("unit_kinds") ?? [], r.StringList("provinces") ?? [],
            r.Int("first_year"), r.Int("last_year")),
    };

    public static Rejection Rejection(DuckDbRow r) => new(
        r.String("source_file")!, r.Int("line") ?? 0, r.String("message")!, r.String("text"));

    /// <summary>The source named by the columns {prefix}file, {prefix}line, {prefix}text; null when there is no file.</summary>
    public static SourceRef? Source(DuckDbRow r, string prefix = "source_") =>
        r.String(prefix + "file") is { } file
            ? new SourceRef(file, r.Int(prefix + "line") ?? 0, r.String(prefix + "text") ?? "")
            : null;
}
