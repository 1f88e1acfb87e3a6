using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>What a plan covers and what others planned: the reads the planning page and the draft plan share.</summary>
public static class PlanningQueries
{
    /// <summary>Suggestions offered per weak criterion unless the caller asks for another number.</summary>
    public const int SuggestionsPerCriterion = 5;

    public static IReadOnlyList<CriterionCoverage> Coverage(DuckDbConnection con, string? province, string? unit, int year,
        string indexCode) =>
        con.Query(Sql.Load("Analyze/Planning/plan_coverage.sql"), r => new CriterionCoverage(
            r.String("unit")!, r.String("province"), r.String("index_code")!, r.Int("year")!.Value, r.String("criterion")!,
            r.Decimal("value_pct"), r.Decimal("gap_to_90"), r.Double("severity"), r.Int("plan_year")!.Value,
            (int)r.Long("plan_tasks")!.Value, r.Bool("plan_loaded") ?? false, Source(r), (int)(r.Long("predicted_tasks") ?? 0)),
            province, unit, year, indexCode);

    public static IReadOnlyList<PlannedTask> Suggestions(DuckDbConnection con, string? province, string? unit, int year,
        string indexCode, int perCriterion = SuggestionsPerCriterion) =>
        con.Query(Sql.Load("Analyze/Planning/plan_suggestions.sql"), Task, province, unit, year, indexCode, perCriterion);

    /// <summary>The tasks of a unit's plan for a year, once per criterion each names.</summary>
    public static IReadOnlyList<PlannedTask> PlanTasks(DuckDbConnection con, string unit, string? province, int planYear,
        string indexCode) =>
        con.Query(Sql.Load("Analyze/Planning/plan_tasks.sql"), Task, unit, province, planYear, indexCode);

    private static PlannedTask Task(DuckDbRow r) => new(
        r.String("unit")!, r.String("province"), r.String("index_code")!, r.String("criterion")!,
        r.String("from_unit")!, r.Int("plan_year"), r.String("section"),
        r.String("description") ?? "", r.String("lead_unit"), r.String("partners"), r.String("timeline"),
        r.String("expected_result"), Source(r)!, r.String("linked_by") ?? "document", r.Double("confidence"));

    private static SourceRef? Source(DuckDbRow r) => r.String("source_file") is { } file
        ? new SourceRef(file, r.Int("source_line") ?? 0, r.String("source_text") ?? "")
        : null;
}
