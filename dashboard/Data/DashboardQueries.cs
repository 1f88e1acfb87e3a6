using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Every read the pages make, one query per block, each from an embedded .sql file with bound parameters.
/// Scoped: one connection per request, opened on first use from the process's single database.
/// </summary>
public sealed class DashboardQueries(DuckDb db) : IDisposable
{
    private Connection? connection;
    private Connection Con => connection ??= db.Connect();

    public IReadOnlyList<UnitChoice> UnitChoices() =>
        Con.Query(DashboardSql.Load("unit_choices"), r => new UnitChoice(
            r.String("province"), r.String("unit")!, r.String("unit_kind")!, r.Int("year")!.Value, r.String("index_code")!));

    public IReadOnlyList<Figure> Figures(FigureFilter f) =>
        Con.Query(DashboardSql.Load("figures"), r => new Figure(
            r.String("unit")!, r.String("unit_kind")!, r.String("province"), r.String("index_code")!,
            r.String("criterion")!, r.Int("year")!.Value, r.Decimal("value_pct"), r.Decimal("gap_to_90"),
            r.Decimal("target_pct"), r.Int("rank"), r.Int("rank_of"), r.Int("movement"), r.Int("prev_year"),
            r.Decimal("prev_value_pct"), r.Decimal("change_pp"), Source(r)),
            f.Province, f.Unit, f.UnitKind, f.Year, f.IndexCode, f.Criterion);

    public IReadOnlyList<WeakCriterion> WeakCriteria(string? province, string? unit, int year, string indexCode) =>
        Con.Query(DashboardSql.Load("weak_criteria"), r => new WeakCriterion(
            r.String("unit")!, r.String("province"), r.String("criterion")!, r.Int("year")!.Value,
            r.Decimal("value_pct"), r.Decimal("gap_to_90"), r.Decimal("change_pp"), r.Int("movement"),
            r.StringList("reasons") ?? [], r.String("severity"), Source(r)),
            province, unit, year, indexCode);

    public IReadOnlyList<TargetFigure> Targets(string? province, string unit, int year, string indexCode) =>
        Con.Query(DashboardSql.Load("unit_targets"), r => new TargetFigure(
            r.String("criterion")!, r.Decimal("target_pct")!.Value, r.String("set_by"), Source(r)),
            province, unit, year, indexCode);

    public IReadOnlyList<PeerAverage> PeerAverages(string? province, string unitKind, int year, string indexCode) =>
        Con.Query(DashboardSql.Load("peer_averages"), r => new PeerAverage(
            r.String("criterion")!, r.Decimal("peer_avg"), r.Decimal("peer_best"), r.Decimal("peer_worst"),
            r.Int("peer_n")), province, unitKind, year, indexCode);

    public IReadOnlyList<TaskFollowUp> TaskFollowUps(string? province, int year, string indexCode) =>
        Con.Query(DashboardSql.Load("task_follow_ups"), r => new TaskFollowUp(
            r.String("unit")!, r.String("province"), r.String("criterion")!, r.Int("plan_year"),
            r.String("description") ?? "", r.String("lead_unit"), r.String("timeline"),
            r.Decimal("before_pct"), r.Decimal("after_pct"), Source(r, text: "description")),
            province, year, indexCode);

    public IReadOnlyList<DocumentRow> Documents(string? sourceFile = null) =>
        Con.Query(DashboardSql.Load("documents"), r => new DocumentRow(
            r.String("source_file")!, r.String("kind"), r.String("issuer"), r.String("province"), r.Int("year"),
            r.String("number"), r.Date("issued_on")), sourceFile);

    public IReadOnlyList<ConflictSide> ConflictSides() =>
        Con.Query(DashboardSql.Load("conflict_sides"), r => new ConflictSide(
            r.String("unit")!, r.String("province"), r.Int("year")!.Value, r.String("index_code")!,
            r.String("criterion")!, r.Decimal("value_pct"),
            new SourceRef(r.String("source_file")!, r.Int("source_line") ?? 0, r.String("source_text") ?? "")));

    public IReadOnlyList<Quote> Quotes(string file, int line) =>
        Con.Query(DashboardSql.Load("source_quotes"), r => new Quote(
            r.String("kind")!, r.String("unit"), r.String("province"), r.Int("year"), r.String("criterion"),
            r.Decimal("value_pct"), r.String("text") ?? ""), file, line);

    /// <summary>Refused input, when the ingestion keeps a findings table (an empty list otherwise).</summary>
    public IReadOnlyList<Rejection> Rejections() =>
        Con.Scalar<bool>(DashboardSql.Load("table_exists"), "findings")
            ? Con.Query(DashboardSql.Load("rejections"), r => new Rejection(
                r.String("file")!, r.Int("line") ?? 0, r.String("message")!, r.String("text")))
            : [];

    private static SourceRef? Source(Row r, string text = "source_text") =>
        r.String("source_file") is { } file ? new SourceRef(file, r.Int("source_line") ?? 0, r.String(text) ?? "") : null;

    public void Dispose() => connection?.Dispose();
}
