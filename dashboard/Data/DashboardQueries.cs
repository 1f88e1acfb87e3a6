using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Every read the pages make, through the pipeline's one read layer (Analytics.Pipeline.Read).
/// Scoped: one connection per request, opened on first use from the process's single database, inside one read-only
/// transaction, so a page's blocks all show one state of the data even while an upload commits. Results are shared
/// through the <see cref="QueryCache"/>, keyed by the data version that snapshot sees.
/// </summary>
public sealed class DashboardQueries(DuckDb db, QueryCache cache, DataKind? kind = null) : IDisposable
{
    /// <summary>What the database holds (read once at start): the sample database's mark goes on every chart and export.</summary>
    public DataKind Kind { get; } = kind ?? DataKind.Real;

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
            version = SourceReads.DataVersion(connection);
            return connection;
        }
    }

    public IReadOnlyList<UnitChoice> UnitChoices() => Cached("unit_choices", [], PlanReads.UnitChoices);

    /// <summary>The plan documents a unit issued in a province, latest plan year first.</summary>
    public IReadOnlyList<DocumentRow> UnitPlans(string unit, string? province) =>
        Cached("unit_plans", [unit, province], c => SourceReads.UnitPlans(c, unit, province));

    /// <summary>Whose figures and targets the unit's plans quote (other than its own).</summary>
    public IReadOnlyList<PlanQuote> PlanQuotes(string unit, string? province, string indexCode) =>
        Cached("plan_quotes", [unit, province, indexCode], c => PlanReads.PlanQuotes(c, unit, province, indexCode));

    /// <summary>The tasks a unit's plan for a plan year sets on an index.</summary>
    public IReadOnlyList<UnitTask> UnitTasks(string unit, string? province, int planYear, string indexCode) =>
        Cached("unit_tasks", [unit, province, planYear, indexCode], c => PlanReads.UnitTasks(c, unit, province, planYear, indexCode));

    public IReadOnlyList<Figure> Figures(FigureFilter f) =>
        Cached("figures", [f.Province, f.Unit, f.UnitKind, f.Year, f.IndexCode, f.Criterion], c => FigureReads.Figures(c, f));

    public IReadOnlyList<WeakCriterion> WeakCriteria(string? province, string? unit, int year, string indexCode) =>
        Cached("weak_criteria", [province, unit, year, indexCode], c => FigureReads.Weak(c, province, unit, year, indexCode));

    /// <summary>A peer group's averages: group province_departments keyed by province, provinces keyed 'Cả nước'.</summary>
    public IReadOnlyList<PeerAverage> PeerAverages(string peerGroup, string peerKey, int year, string indexCode) =>
        Cached("peer_averages", [peerGroup, peerKey, year, indexCode], c => FigureReads.PeerAverages(c, peerGroup, peerKey, year, indexCode));

    public IReadOnlyList<TaskFollowUp> TaskFollowUps(string? province, int year, string indexCode) =>
        Cached("task_follow_ups", [province, year, indexCode], c => PlanReads.TaskFollowUps(c, province, year, indexCode));

    /// <summary>Each weak criterion of a province's units in a year and how many tasks next year's plan sets for it.</summary>
    public IReadOnlyList<CriterionCoverage> PlanCoverage(string? province, string? unit, int year, string indexCode) =>
        Cached("plan_coverage", [province, unit, year, indexCode], c => PlanningQueries.Coverage(c, province, unit, year, indexCode));

    /// <summary>Tasks other units of the province planned for each weak criterion (a few per criterion, latest first).</summary>
    public IReadOnlyList<PlannedTask> PlanSuggestions(string? province, string? unit, int year, string indexCode) =>
        Cached("plan_suggestions", [province, unit, year, indexCode], c => PlanningQueries.Suggestions(c, province, unit, year, indexCode));

    /// <summary>A draft of a unit's plan appendix for a plan year, or null without figures for the year before.</summary>
    public PlanDraft? PlanDraft(string unit, string? province, int planYear, string indexCode) =>
        Cached("plan_draft", [unit, province, planYear, indexCode], c => PlanDrafts.Read(c, unit, province, planYear, indexCode) is { } d ? d with { Mark = Kind.Mark } : null);

    public IReadOnlyList<DocumentRow> Documents(string? sourceFile = null) =>
        Cached("documents", [sourceFile], c => SourceReads.Documents(c, sourceFile));

    public IReadOnlyList<ConflictSide> ConflictSides() => Cached("conflict_sides", [], SourceReads.ConflictSides);

    /// <summary>Conflicting figures, source lines read by OCR with a low confidence and sources' own remarks: the marks of
    /// doubtful figures.</summary>
    public Doubts Doubts() => Cached("doubts", [], Pipeline.Read.Doubts.Read);

    public IReadOnlyList<Quote> Quotes(string file, int line) => Cached("source_quotes", [file, line], c => SourceReads.Quotes(c, file, line));

    /// <summary>Documents refused whole (their errors).</summary>
    public IReadOnlyList<Rejection> Rejections() => Cached("rejections", [], SourceReads.Rejections);

    /// <summary>What the reading of loaded documents left out or noted (rows kept out, with their reason).</summary>
    public IReadOnlyList<Rejection> Warnings() => Cached("warnings", [], SourceReads.Warnings);

    /// <summary>A unit's charts and tables from the chart module, or null without figures.</summary>
    public UnitExport? UnitExport(ExportRequest request, DateOnly date)
    {
        var doubts = Doubts();   // the data version's, read once, not again for each unit's export
        return Cached("unit_export", [request.Unit, request.Province, request.Year, request.IndexCode, date],
            c => UnitPack.Read(c, request, date, Kind, doubts));
    }

    private T Cached<T>(string name, object?[] args, Func<DuckDbConnection, T> read) =>
        cache.Get(Version, name, args, () => read(Con));

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
