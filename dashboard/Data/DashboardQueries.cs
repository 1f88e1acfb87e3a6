using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Every read the pages make, one query per block, each from an embedded .sql file with bound parameters.
/// Scoped: one connection per request, opened on first use from the process's single database, inside one read-only
/// transaction, so a page's blocks all show one state of the data even while an upload commits. Results are shared
/// through the <see cref="QueryCache"/>, keyed by the data version that snapshot sees.
/// </summary>
public sealed class DashboardQueries(DuckDb db, QueryCache cache) : IDisposable
{
    private DuckDbConnection? connection;
    private IDisposable? snapshot;
    private string version = "";

    private DuckDbConnection Con
    {
        get
        {
            if (connection is not null) return connection;
            connection = db.Connect();
            snapshot = connection.ReadSnapshot();
            version = connection.Query(DashboardSql.Load("data_version"), r => $"{r.Long("generation")}/{r.Long("analytics_generation")}")
                .FirstOrDefault() ?? "";
            return connection;
        }
    }

    public IReadOnlyList<UnitChoice> UnitChoices() => Query("unit_choices", r => new UnitChoice(
        r.String("province"), r.String("unit")!, r.String("unit_kind")!, r.Int("year")!.Value, r.String("index_code")!,
        r.Bool("has_figures") ?? true));

    /// <summary>The plan documents a unit issued in a province, latest plan year first.</summary>
    public IReadOnlyList<DocumentRow> UnitPlans(string unit, string? province) => Query("unit_plans", DocumentOf, unit, province);

    /// <summary>Whose figures and targets the unit's plans quote (other than its own).</summary>
    public IReadOnlyList<PlanQuote> PlanQuotes(string unit, string? province, string indexCode) => Query("plan_quotes",
        r => new PlanQuote(r.String("unit")!, r.String("unit_kind")!, r.String("province"), r.Int("year")!.Value,
            r.String("index_code")!, (int)(r.Long("figures") ?? 0), (int)(r.Long("targets") ?? 0)), unit, province, indexCode);

    /// <summary>The tasks a unit's plan for a plan year sets on an index.</summary>
    public IReadOnlyList<PlanTask> UnitTasks(string unit, string? province, int planYear, string indexCode) => Query("unit_tasks",
        r => new PlanTask(r.String("description") ?? "", r.StringList("criteria") ?? [], r.String("lead_unit"),
            r.String("timeline"), r.String("section"), Source(r)!), unit, province, planYear, indexCode);

    public IReadOnlyList<Figure> Figures(FigureFilter f) => Query("figures", r => new Figure(
            r.String("unit")!, r.String("unit_kind")!, r.String("province"), r.String("index_code")!,
            r.String("criterion")!, r.Int("year")!.Value, r.Decimal("value_pct"), r.Decimal("gap_to_90"),
            r.Decimal("target_pct"), r.Int("rank"), r.Int("rank_of"), r.Int("movement"), r.Int("prev_year"),
            r.Decimal("prev_value_pct"), r.Decimal("change_pp"), Source(r))
        {
            RankSource = Source(r, "rank_source_"), TargetSource = Source(r, "target_source_"),
            TargetSetBy = r.String("target_set_by"), BreakNote = r.String("break_note"),
            ValueIsDerived = r.Bool("value_is_derived") ?? false, RankIsDerived = r.Bool("rank_is_derived") ?? false,
        },
        f.Province, f.Unit, f.UnitKind, f.Year, f.IndexCode, f.Criterion);

    public IReadOnlyList<WeakCriterion> WeakCriteria(string? province, string? unit, int year, string indexCode) =>
        Query("weak_criteria", r => new WeakCriterion(
            r.String("unit")!, r.String("province"), r.String("criterion")!, r.Int("year")!.Value,
            r.Decimal("value_pct"), r.Decimal("gap_to_90"), r.Decimal("change_pp"), r.Int("movement"),
            r.StringList("reasons") ?? [], r.Double("severity"), Source(r)),
            province, unit, year, indexCode);

    /// <summary>A peer group's averages: group province_departments keyed by province, provinces keyed 'Cả nước'.</summary>
    public IReadOnlyList<PeerAverage> PeerAverages(string peerGroup, string peerKey, int year, string indexCode) =>
        Query("peer_averages", r => new PeerAverage(
            r.String("criterion")!, r.Decimal("peer_avg"), r.Decimal("peer_best"), r.Decimal("peer_worst"),
            (int?)r.Long("peer_n")), peerGroup, peerKey, year, indexCode);

    public IReadOnlyList<TaskFollowUp> TaskFollowUps(string? province, int year, string indexCode) =>
        Query("task_follow_ups", r => new TaskFollowUp(
            r.String("unit")!, r.String("province"), r.String("criterion")!, r.Int("plan_year"),
            r.String("description") ?? "", r.String("lead_unit"), r.String("timeline"),
            r.Decimal("before_pct"), r.Decimal("after_pct"), Source(r), r.String("linked_by") ?? "document", r.Double("confidence")),
            province, year, indexCode);

    /// <summary>Each weak criterion of a province's units in a year and how many tasks next year's plan sets for it.</summary>
    public IReadOnlyList<CriterionCoverage> PlanCoverage(string? province, string? unit, int year, string indexCode) =>
        cache.Get(Version, "plan_coverage", [province, unit, year, indexCode],
            () => PlanningQueries.Coverage(Con, province, unit, year, indexCode));

    /// <summary>Tasks other units of the province planned for each weak criterion (a few per criterion, latest first).</summary>
    public IReadOnlyList<PlannedTask> PlanSuggestions(string? province, string? unit, int year, string indexCode) =>
        cache.Get(Version, "plan_suggestions", [province, unit, year, indexCode],
            () => PlanningQueries.Suggestions(Con, province, unit, year, indexCode));

    /// <summary>A draft of a unit's plan appendix for a plan year, or null without figures for the year before.</summary>
    public PlanDraft? PlanDraft(string unit, string? province, int planYear, string indexCode) =>
        cache.Get(Version, "plan_draft", [unit, province, planYear, indexCode],
            () => PlanDrafts.Read(Con, unit, province, planYear, indexCode));

    public IReadOnlyList<DocumentRow> Documents(string? sourceFile = null) => Query("documents", DocumentOf, sourceFile);

    private static DocumentRow DocumentOf(DuckDbRow r) => new(
        r.String("source_file")!, r.String("kind"), r.String("issuer"), r.String("province"), r.Int("year"),
        r.String("number"), r.Date("issued_on"));

    public IReadOnlyList<ConflictSide> ConflictSides() => Query("conflict_sides", r => new ConflictSide(
        r.String("unit")!, r.String("province"), r.Int("year")!.Value, r.String("index_code")!,
        r.String("criterion")!, r.Decimal("value_pct"),
        new SourceRef(r.String("source_file")!, r.Int("source_line") ?? 0, r.String("source_text") ?? ""),
        r.Bool("in_use") ?? false));

    public IReadOnlyList<Quote> Quotes(string file, int line) => Query("source_quotes", r => new Quote(
        r.String("kind")!, r.String("unit"), r.String("province"), r.Int("year"), r.String("criterion"),
        r.Decimal("value_pct"), r.String("text") ?? "", r.Int("source_page"), r.Decimal("ocr_confidence")), file, line);

    /// <summary>Documents refused whole (their errors).</summary>
    public IReadOnlyList<Rejection> Rejections() => Query("rejections", r => new Rejection(
        r.String("source_file")!, r.Int("line") ?? 0, r.String("message")!, r.String("text")));

    /// <summary>What the reading of loaded documents left out or noted (rows kept out, with their reason).</summary>
    public IReadOnlyList<Rejection> Warnings() => Query("warnings", r => new Rejection(
        r.String("source_file")!, r.Int("line") ?? 0, r.String("message")!, r.String("text")));

    /// <summary>A unit's charts and tables from the chart module (its own queries), or null without figures.</summary>
    public UnitExport? UnitExport(ExportRequest request, DateOnly date) =>
        cache.Get(Version, "unit_export", [request.Unit, request.Province, request.Year, request.IndexCode, date],
            () => UnitPack.Read(Con, request, date));

    private IReadOnlyList<T> Query<T>(string name, Func<DuckDbRow, T> map, params object?[] args) =>
        cache.Get(Version, name, args, () => (IReadOnlyList<T>)Con.Query(DashboardSql.Load(name), map, args));

    /// <summary>The source named by the columns {prefix}file, {prefix}line, {prefix}text; null when there is no file.</summary>
    private static SourceRef? Source(DuckDbRow r, string prefix = "source_") =>
        r.String(prefix + "file") is { } file
            ? new SourceRef(file, r.Int(prefix + "line") ?? 0, r.String(prefix + "text") ?? "")
            : null;

    /// <summary>The data version of this request's snapshot (opens it).</summary>
    private string Version
    {
        get
        {
            _ = Con;
            return version;
        }
    }

    public void Dispose()
    {
        snapshot?.Dispose();
        connection?.Dispose();
    }
}
