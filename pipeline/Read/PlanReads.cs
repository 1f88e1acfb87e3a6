using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Read;

/// <summary>Which units have figures or plans, what a unit's plans set and quote, and what became of tasks set for weak
/// criteria.</summary>
public static class PlanReads
{
    public static IReadOnlyList<UnitChoice> UnitChoices(DuckDbConnection con) =>
        con.Query(Sql.Load("Read/unit_choices.sql"), r => new UnitChoice(
            r.String("province"), r.String("unit")!, r.String("unit_kind")!, r.Int("year")!.Value, r.String("index_code")!,
            r.Bool("has_figures") ?? true));

    /// <summary>Whose figures and targets the unit's plans quote (other than its own).</summary>
    public static IReadOnlyList<PlanQuote> PlanQuotes(DuckDbConnection con, string unit, string? province, string indexCode) =>
        con.Query(Sql.Load("Read/plan_quotes.sql"), r => new PlanQuote(
            r.String("unit")!, r.String("unit_kind")!, r.String("province"), r.Int("year")!.Value,
            r.String("index_code")!, (int)(r.Long("figures") ?? 0), (int)(r.Long("targets") ?? 0)), unit, province, indexCode);

    /// <summary>The tasks a unit's plan for a plan year sets on an index.</summary>
    public static IReadOnlyList<UnitTask> UnitTasks(DuckDbConnection con, string unit, string? province, int planYear,
        string indexCode) =>
        con.Query(Sql.Load("Read/unit_tasks.sql"), r => new UnitTask(
            r.String("description") ?? "", r.StringList("criteria") ?? [], r.String("lead_unit"),
            r.String("timeline"), r.String("section"), RowMaps.Source(r)!), unit, province, planYear, indexCode);

    /// <summary>Tasks set for the weak criteria of a year, with the criterion's value before and after the plan year.</summary>
    public static IReadOnlyList<TaskFollowUp> TaskFollowUps(DuckDbConnection con, string? province, int year, string indexCode) =>
        con.Query(Sql.Load("Read/task_follow_ups.sql"), r => new TaskFollowUp(
            r.String("unit")!, r.String("province"), r.String("criterion")!, r.Int("plan_year"),
            r.String("description") ?? "", r.String("lead_unit"), r.String("timeline"),
            r.Decimal("before_pct"), r.Decimal("after_pct"), RowMaps.Source(r), r.String("linked_by") ?? "document",
            r.Double("confidence")), province, year, indexCode);
}
