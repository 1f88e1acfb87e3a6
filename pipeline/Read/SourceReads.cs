using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Read;

/// <summary>Documents and what they state: the sources every figure links to, conflicts, refusals and warnings.</summary>
public static class SourceReads
{
    /// <summary>Every loaded document, or (sourceFile given) that one.</summary>
    public static IReadOnlyList<DocumentRow> Documents(DuckDbConnection con, string? sourceFile = null) =>
        con.Query(Sql.Load("Read/documents.sql"), RowMaps.Document, sourceFile);

    /// <summary>Every loaded document by its file, for footnotes that name documents, not files.</summary>
    public static IReadOnlyDictionary<string, DocumentRow> DocumentsByFile(DuckDbConnection con) =>
        Documents(con).ToDictionary(d => d.SourceFile, StringComparer.Ordinal);

    /// <summary>The documents behind <paramref name="files"/> by name, sorted by file; a file no document names stays its file.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyDictionary<string, DocumentRow> documents, IEnumerable<string?> files) =>
        files.OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(f => documents.TryGetValue(f, out var d) ? d.Name : f).Distinct().ToList();

    /// <summary>The plan documents a unit issued in a province, latest plan year first.</summary>
    public static IReadOnlyList<DocumentRow> UnitPlans(DuckDbConnection con, string unit, string? province) =>
        con.Query(Sql.Load("Read/unit_plans.sql"), RowMaps.Document, unit, province);

    public static IReadOnlyList<ConflictSide> ConflictSides(DuckDbConnection con) =>
        con.Query(Sql.Load("Read/conflict_sides.sql"), r => new ConflictSide(
            r.String("unit")!, r.String("province"), r.Int("year")!.Value, r.String("index_code")!,
            r.String("criterion")!, r.Decimal("value_pct"),
            new SourceRef(r.String("source_file")!, r.Int("source_line") ?? 0, r.String("source_text") ?? ""),
            r.Bool("in_use") ?? false));

    /// <summary>What a file states at a line.</summary>
    public static IReadOnlyList<Quote> Quotes(DuckDbConnection con, string file, int line) =>
        con.Query(Sql.Load("Read/source_quotes.sql"), r => new Quote(
            r.String("kind")!, r.String("unit"), r.String("province"), r.Int("year"), r.String("criterion"),
            r.Decimal("value_pct"), r.String("text") ?? "", r.Int("source_page"), r.Decimal("ocr_confidence")), file, line);

    /// <summary>Source lines read by OCR with a confidence below <paramref name="threshold"/>.</summary>
    public static IReadOnlyList<UncertainSource> UncertainSources(DuckDbConnection con, decimal threshold) =>
        con.Query(Sql.Load("Read/uncertain_sources.sql"), r => new UncertainSource(
            r.String("source_file")!, r.Int("source_line") ?? 0, r.Decimal("ocr_confidence") ?? 0), threshold);

    /// <summary>Source lines their source remarks on (a results table's `notes` or 'Ghi chú').</summary>
    public static IReadOnlyList<NotedSource> NotedSources(DuckDbConnection con) =>
        con.Query(Sql.Load("Read/source_notes.sql"), r => new NotedSource(
            r.String("source_file")!, r.Int("source_line") ?? 0, r.String("source_note")!));

    /// <summary>Documents refused whole (their errors).</summary>
    public static IReadOnlyList<Rejection> Rejections(DuckDbConnection con) =>
        con.Query(Sql.Load("Read/rejections.sql"), RowMaps.Rejection);

    /// <summary>What the reading of loaded documents left out or noted (rows kept out, with their reason).</summary>
    public static IReadOnlyList<Rejection> Warnings(DuckDbConnection con) =>
        con.Query(Sql.Load("Read/warnings.sql"), RowMaps.Rejection);

    /// <summary>The version of the data this connection's snapshot sees: "generation/analytics_generation".</summary>
    public static string DataVersion(DuckDbConnection con) =>
        con.Query(Sql.Load("Read/data_version.sql"), r => $"{r.Long("generation")}/{r.Long("analytics_generation")}")
            .FirstOrDefault() ?? "";
}
