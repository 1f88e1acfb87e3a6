using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Export;

/// <summary>Reads one unit's figures from the analytic views (trends, rank_movements, gaps, peer_comparison,
/// weak_criteria) with the .sql files next to this class; every value bound as a parameter.</summary>
public static class ExportQueries
{
    public static ExportData Read(DuckDbConnection con, ExportRequest q)
    {
        object?[] args = [q.Unit, q.Province, q.Year, q.IndexCode];
        return new ExportData(q,
            con.Query(Load("unit_bars"), r => new CriterionRow(r.String("criterion")!, r.Decimal("value_pct"), r.Decimal("target_pct"),
                r.String("source_file"), r.String("target_source_file"), r.Bool("value_is_derived") ?? false), args),
            con.Query(Load("unit_trends"), r => new YearRow(r.String("criterion")!, r.Int("year")!.Value, r.Decimal("value_pct"), null, null,
                r.String("source_file"), r.Bool("value_is_derived") ?? false), args),
            con.Query(Load("unit_ranks"), Rank("criterion"), args),
            con.Query(Load("peer_ranks"), Rank("unit"), [.. args, "overall"]),
            con.Query(Load("peer_values"), r => new PeerValueRow(r.String("unit")!, r.String("criterion")!, r.Int("year")!.Value,
                r.Decimal("value_pct"), r.String("source_file"), r.Bool("value_is_derived") ?? false), args),
            con.Query(Load("peer_summary"), r => new PeerRow(r.String("criterion")!, r.Decimal("value_pct"), r.Decimal("peer_avg"),
                r.Decimal("peer_best"), r.Long("peer_n") ?? 0, r.String("source_file")), args),
            con.Query(Load("unit_weak"), r => new WeakRow(r.String("criterion")!, r.Decimal("value_pct"), r.Decimal("gap_to_90"),
                r.Decimal("change_pp"), r.Int("movement"), r.StringList("reasons") ?? [], r.Double("severity") ?? 0,
                r.String("source_file"), r.Int("source_line")), args),
            con.Query(Load("unit_details"), r => new DetailRow(r.String("criterion")!, r.Decimal("value_pct"), r.Int("rank"),
                r.Int("rank_of"), r.Int("movement"), r.String("source_file"), r.Int("source_line"), r.String("source_text")), args),
            Documents(con));
    }

    /// <summary>Every loaded document by its file, for footnotes that name documents, not files.</summary>
    public static IReadOnlyDictionary<string, DocumentName> Documents(DuckDbConnection con) =>
        con.Query(Load("document_names"), r => new DocumentName(r.String("source_file")!, r.String("kind"), r.String("number"),
            r.String("issuer"), r.Date("issued_on"), r.Int("year"))).ToDictionary(d => d.SourceFile, StringComparer.Ordinal);

    private static Func<DuckDbRow, YearRow> Rank(string name) => r =>
        new YearRow(r.String(name)!, r.Int("year")!.Value, null, r.Int("rank"), r.Int("rank_of"), r.String("source_file"),
            r.Bool("rank_is_derived") ?? false);

    private static string Load(string name) => Sql.Load($"Export/{name}.sql");
}
